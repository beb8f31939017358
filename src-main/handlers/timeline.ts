import { entryDensity } from '../store/density';
import type { DomainHandlers } from './types';

export const timelineHandlers: DomainHandlers<'timeline.window' | 'timeline.extent' | 'timeline.density'> = {
  'timeline.window': ({ fromMs, toMs, filter, limit }, s) => s.store.window(fromMs, toMs, filter, limit),
  'timeline.extent': ({ filter }, s) => s.store.extent(filter),
  'timeline.density': ({ fromMs, toMs, bucketMs, filter }, s) => entryDensity(s.store.db, fromMs, toMs, bucketMs, filter),
};
