import type { DomainHandlers } from './types';

export const timelineHandlers: DomainHandlers<'timeline.window' | 'timeline.extent'> = {
  'timeline.window': ({ fromMs, toMs, filter, limit }, s) => s.store.window(fromMs, toMs, filter, limit),
  'timeline.extent': ({ filter }, s) => s.store.extent(filter),
};
