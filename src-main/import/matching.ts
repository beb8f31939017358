// Entries an import would duplicate: the same type, overlapping dates and a shared participant (or, for
// an event with no known participants, the same place; for a statement, the same speaker saying much
// the same thing). The review proposes adding the source to them instead.
import { rangeOf, spanOf } from '../../shared/dates';
import type { EventType } from '../../shared/extraction';
import type { UncertainDate } from '../../shared/model';
import type { ProjectStore } from '../store/project-store';

const CANDIDATES = 200;
/** Share of the shorter text's words the longer one must contain for two statements to be one. */
const SAME_WORDS = 0.6;

interface EventKey { type: EventType; start: UncertainDate; end: UncertainDate | null; participantIds: string[]; location: string | null }

export function matchingEventId(store: ProjectStore, e: EventKey): string | undefined {
  const { startMs, endMs } = spanOf(e.start, e.end);
  if (!e.participantIds.length) {
    if (!e.location) return undefined;
    const { events } = store.window(startMs, endMs, { types: [e.type] }, CANDIDATES);
    return events.find((c) => c.location.trim().toLowerCase() === e.location!.trim().toLowerCase())?.id;
  }
  const { events } = store.window(startMs, endMs, { types: [e.type], actorIds: e.participantIds }, CANDIDATES);
  const shared = (ids: string[]) => ids.filter((id) => e.participantIds.includes(id)).length;
  let best: { id: string; shared: number } | undefined;
  for (const candidate of events) {
    const n = shared(candidate.participants.map((p) => p.actorId));
    if (n > 0 && (!best || n > best.shared)) best = { id: candidate.id, shared: n };
  }
  return best?.id;
}

export function matchingStatementId(store: ProjectStore, s: { speakerId: string | null; date: UncertainDate | null; text: string }): string | undefined {
  if (!s.speakerId || !s.date) return undefined;
  const { startMs, endMs } = rangeOf(s.date);
  const { statements } = store.window(startMs, endMs, { types: ['statement'], actorIds: [s.speakerId] }, CANDIDATES);
  return statements.find((c) => c.speakerId === s.speakerId && sameWords(c.text, s.text))?.id;
}

function sameWords(a: string, b: string): boolean {
  const words = (t: string) => new Set(t.toLowerCase().match(/\p{L}{3,}/gu) ?? []);
  const [x, y] = [words(a), words(b)].sort((p, q) => p.size - q.size);
  if (x.size === 0) return false;
  return [...x].filter((w) => y.has(w)).length / x.size >= SAME_WORDS;
}
