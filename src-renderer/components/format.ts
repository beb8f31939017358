import { formatUncertain } from '../../shared/dates';
import type { UncertainDate } from '../../shared/model';

export const EVENT_TYPE_LABEL = { talks: 'Talks', cabinet_meeting: 'Cabinet meeting', visit: 'Visit', other: 'Other' } as const;

/** "8 May 2025 – 12 May 2025", or one date when there is no end. */
export function formatSpan(start: UncertainDate | null, end: UncertainDate | null | undefined, zone?: string): string {
  if (!start) return 'Undated';
  const a = formatUncertain(start, zone);
  return end ? `${a} – ${formatUncertain(end, zone)}` : a;
}

export const shorten = (text: string, max = 140) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
