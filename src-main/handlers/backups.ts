import fs from 'node:fs';
import { ParleyError } from '../store/errors';
import { replaceProjectFile } from '../store/backups';
import { projectInfo } from './project';
import type { DomainHandlers } from './types';

export const backupHandlers: DomainHandlers<'backups.list' | 'backups.restore'> = {
  'backups.list': (_, s) => s.store.backups.list(),
  'backups.restore': async ({ path }, s) => {
    const store = s.store;
    const file = store.file;
    const source = store.backups.resolveForRestore(path);
    // Staged before the safety backup, whose pruning could otherwise delete the very backup being restored.
    const staged = store.backups.stageRestore(source);
    let safetyBackup;
    try {
      safetyBackup = await store.backups.backupNow();
      if (!safetyBackup) throw new ParleyError('file_error', 'The current state could not be backed up, so nothing was restored.');
      await store.backups.stop();
      s.close();
      replaceProjectFile(file, staged);
    } catch (e) {
      fs.rmSync(staged, { force: true });
      if (!s.hasProject) s.open(file, false);
      throw e;
    }
    try {
      s.open(file, false);
    } catch (e) {
      // The checked backup would not open: put the state from just before the restore back.
      replaceProjectFile(file, store.backups.stageRestore(safetyBackup.path));
      s.open(file, false);
      throw e;
    }
    return { project: projectInfo(s), safetyBackup };
  },
};
