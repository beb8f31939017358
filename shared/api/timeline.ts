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

/** Entries per actor (null: no actor) per time bucket, as [actorId, bucket index from origin, count]. */
export const TimelineDensity = z.object({
  origin: z.number(),
  bucketMs: z.number(),
  cells: z.array(z.tuple([z.string().nullable(), z.number().int(), z.number().int()])),
  /** Entries starting in the window, each counted once. */
  total: z.number().int(),
});
export type TimelineDensity = z.infer<typeof TimelineDensity>;

export const timelineApi = {
  'timeline.window': method(
    z.object({ fromMs: z.number(), toMs: z.number(), filter: EntryFilter.default({}), limit: z.number().int().min(1).max(100_000).default(20_000) })
      .refine((w) => w.toMs > w.fromMs, 'toMs must be after fromMs'),
    TimelineWindow, 'Events and statements that overlap a time window.'),
  'timeline.extent': method(z.object({ filter: EntryFilter.default({}) }),
    z.object({ startMs: z.number(), endMs: z.number() }).nullable(), 'The first and last instants of the project.'),
  'timeline.density': method(
    z.object({ fromMs: z.number(), toMs: z.number(), bucketMs: z.number().min(1), filter: EntryFilter.default({}) })
      .refine((w) => w.toMs > w.fromMs, 'toMs must be after fromMs')
      .refine((w) => (w.toMs - w.fromMs) / w.bucketMs <= 20_000, 'at most 20,000 buckets'),
    TimelineDensity, 'Counts of entries starting in each time bucket, per actor, for a zoomed-out timeline.'),
};
