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

/** The histogram; drawn only when the data or the strip's size changed (the window is a separate element). */
export function drawOverviewBars(canvas: HTMLCanvasElement, data: OverviewData | null, w: number, h: number): void {
  const ratio = window.devicePixelRatio || 1;
  if (canvas.width !== Math.round(w * ratio) || canvas.height !== Math.round(h * ratio)) {
    canvas.width = Math.round(w * ratio);
    canvas.height = Math.round(h * ratio);
  }
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, w, h);
  if (!data) return;
  let max = 1;
  for (const n of data.counts) if (n > max) max = n;
  const bw = w / data.counts.length;
  ctx.fillStyle = '#9aa7b4';
  data.counts.forEach((n, i) => {
    if (!n) return;
    const bh = Math.max(1, (Math.log(1 + n) / Math.log(1 + max)) * (h - 4));
    ctx.fillRect(i * bw, h - bh, Math.max(1, bw - 0.5), bh);
  });
}

/** Where the visible window sits on a strip `w` px wide: [left, width] in px. */
export function overviewWindow(data: OverviewData, scale: TimeScale, w: number): [number, number] {
  const toX = (ms: number) => ((ms - data.fromMs) / (data.toMs - data.fromMs)) * w;
  const x0 = Math.max(0, Math.min(w - 2, toX(scale.startMs))), x1 = Math.min(w, Math.max(x0 + 2, toX(endMsOf(scale))));
  return [x0, x1 - x0];
}

/** The instant under an x position of the strip. */
export const overviewMsAt = (data: OverviewData, x: number, width: number) => data.fromMs + (x / width) * (data.toMs - data.fromMs);
