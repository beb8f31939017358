import { z } from 'zod';
import { EntryFilter, TimedEvent, TimedStatement } from './entities';
import { method } from './define';

export const TimelineWindow = z.object({
  events: z.array(TimedEvent),
  statements: z.array(TimedStatement),
  /** True when more entries overlap the window than the limit allowed. */
  truncated: z.boolean(),
});
export type TimelineWindow = z.infer<typeof TimelineWindow>;

export const timelineApi = {
  'timeline.window': method(
    z.object({ fromMs: z.number(), toMs: z.number(), filter: EntryFilter.default({}), limit: z.number().int().min(1).max(100_000).default(20_000) })
      .refine((w) => w.toMs > w.fromMs, 'toMs must be after fromMs'),
    TimelineWindow, 'Events and statements that overlap a time window.'),
  'timeline.extent': method(z.object({ filter: EntryFilter.default({}) }),
    z.object({ startMs: z.number(), endMs: z.number() }).nullable(), 'The first and last instants of the project.'),
};
