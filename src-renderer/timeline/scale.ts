// The horizontal time scale: which instant sits at the plot's left edge and how many ms one pixel spans.
// Pure values, so pans and zooms are cheap to compute every frame and easy to test.

export interface TimeScale { startMs: number; msPerPx: number; widthPx: number }

const MINUTE = 60_000;
const YEAR = 365.25 * 24 * 60 * MINUTE;
/** Zoom limits: a minute across ~40 px at the finest, a century across the plot at the coarsest. */
export const MIN_MS_PER_PX = MINUTE / 40;
export const MAX_MS_PER_PX = (200 * YEAR) / 400;

const clampZoom = (msPerPx: number) => Math.min(MAX_MS_PER_PX, Math.max(MIN_MS_PER_PX, msPerPx));

export const xOf = (s: TimeScale, ms: number): number => (ms - s.startMs) / s.msPerPx;
export const msAt = (s: TimeScale, x: number): number => s.startMs + x * s.msPerPx;
export const endMsOf = (s: TimeScale): number => s.startMs + s.widthPx * s.msPerPx;

export function pan(s: TimeScale, dxPx: number): TimeScale {
  return { ...s, startMs: s.startMs - dxPx * s.msPerPx };
}

/** Zooms by `factor` (>1 zooms in) keeping the instant under `anchorX` where it is. */
export function zoomAt(s: TimeScale, anchorX: number, factor: number): TimeScale {
  const anchorMs = msAt(s, anchorX);
  const msPerPx = clampZoom(s.msPerPx / factor);
  return { ...s, msPerPx, startMs: anchorMs - anchorX * msPerPx };
}

/** A scale showing [fromMs, toMs) with a margin of `padFraction` of the span on each side. */
export function fitRange(widthPx: number, fromMs: number, toMs: number, padFraction = 0.04): TimeScale {
  const span = Math.max(toMs - fromMs, MINUTE * 10);
  const msPerPx = clampZoom((span * (1 + 2 * padFraction)) / Math.max(1, widthPx));
  const centre = (fromMs + toMs) / 2;
  return { widthPx, msPerPx, startMs: centre - (widthPx / 2) * msPerPx };
}

export function centreOn(s: TimeScale, ms: number): TimeScale {
  return { ...s, startMs: ms - (s.widthPx / 2) * s.msPerPx };
}

export function resize(s: TimeScale, widthPx: number): TimeScale {
  return { ...s, widthPx };
}
