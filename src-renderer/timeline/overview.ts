// The overview strip: the whole project's entry counts as a histogram, with the visible window marked.
import type { TimelineDensity } from '../../shared/api';
import { endMsOf, type TimeScale } from './scale';

export interface OverviewData { fromMs: number; toMs: number; counts: number[] }

export const OVERVIEW_BUCKETS = 240;

/** Sums the per-actor cells of a density answer into one count per bucket. */
export function overviewFrom(d: TimelineDensity, fromMs: number, toMs: number): OverviewData {
  const counts = new Array<number>(OVERVIEW_BUCKETS).fill(0);
  const width = (toMs - fromMs) / OVERVIEW_BUCKETS;
  for (const [, b, n] of d.cells) {
    const i = Math.floor((d.origin + b * d.bucketMs - fromMs) / width);
    if (i >= 0 && i < OVERVIEW_BUCKETS) counts[i] += n;
  }
  return { fromMs, toMs, counts };
}

export function drawOverview(canvas: HTMLCanvasElement, data: OverviewData | null, scale: TimeScale): void {
  const ratio = window.devicePixelRatio || 1;
  const w = canvas.clientWidth, h = canvas.clientHeight;
  if (canvas.width !== Math.round(w * ratio) || canvas.height !== Math.round(h * ratio)) {
    canvas.width = Math.round(w * ratio);
    canvas.height = Math.round(h * ratio);
  }
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, w, h);
  if (!data) return;
  const max = Math.max(1, ...data.counts);
  const bw = w / data.counts.length;
  ctx.fillStyle = '#9aa7b4';
  data.counts.forEach((n, i) => {
    if (!n) return;
    const bh = Math.max(1, (Math.log(1 + n) / Math.log(1 + max)) * (h - 4));
    ctx.fillRect(i * bw, h - bh, Math.max(1, bw - 0.5), bh);
  });
  const toX = (ms: number) => ((ms - data.fromMs) / (data.toMs - data.fromMs)) * w;
  const x0 = Math.max(0, toX(scale.startMs)), x1 = Math.min(w, toX(endMsOf(scale)));
  ctx.fillStyle = 'rgba(37, 99, 235, 0.16)';
  ctx.strokeStyle = '#2563eb';
  ctx.lineWidth = 1.5;
  ctx.fillRect(x0, 0, Math.max(2, x1 - x0), h);
  ctx.strokeRect(x0 + 0.5, 0.5, Math.max(2, x1 - x0) - 1, h - 1);
}

/** The instant under an x position of the strip. */
export const overviewMsAt = (data: OverviewData, x: number, width: number) => data.fromMs + (x / width) * (data.toMs - data.fromMs);
