// Every domain's handlers joined into the one table; the type makes a missing method a compile error.
import { backupHandlers } from './backups';
import { entityHandlers } from './entities';
import { exchangeHandlers } from './exchange';
import { importHandlers } from './import';
import { projectHandlers } from './project';
import { timelineHandlers } from './timeline';
import type { Handlers } from './types';

export const handlers: Handlers = {
  ...projectHandlers,
  ...entityHandlers,
  ...exchangeHandlers,
  ...importHandlers,
  ...timelineHandlers,
  ...backupHandlers,
};

export { Session } from './session';
