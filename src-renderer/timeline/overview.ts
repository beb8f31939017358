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

/** A canvas sized for a strip `w` × `h` css px, cleared, with its context in css px (null without a 2D context). */
function clearedContext(canvas: HTMLCanvasElement, w: number, h: number): CanvasRenderingContext2D | null {
  const ratio = window.devicePixelRatio || 1;
  if (canvas.width !== Math.round(w * ratio) || canvas.height !== Math.round(h * ratio)) {
    canvas.width = Math.round(w * ratio);
    canvas.height = Math.round(h * ratio);
  }
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, w, h);
  return ctx;
}

/** The histogram; drawn only when the data or the strip's size changed (the window has a canvas of its own). */
export function drawOverviewBars(canvas: HTMLCanvasElement, data: OverviewData | null, w: number, h: number): void {
  const ctx = clearedContext(canvas, w, h);
  if (!ctx || !data) return;
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

/**
 * The visible window on its own canvas, redrawn as the view moves: new canvas pixels reach the screen without
 * a layout or a re-layerize, which a moved element would cost on every pan frame.
 */
export function drawOverviewWindow(canvas: HTMLCanvasElement, window: [number, number] | null, w: number, h: number): void {
  const ctx = clearedContext(canvas, w, h);
  if (!ctx || !window) return;
  const [x, width] = window;
  ctx.fillStyle = 'rgba(37, 99, 235, 0.16)';
  ctx.fillRect(x, 0, width, h);
  ctx.strokeStyle = '#2563eb';
  ctx.lineWidth = 1.5;
  ctx.strokeRect(x + 0.75, 0.75, Math.max(0, width - 1.5), h - 1.5);
}
