import { z } from 'zod';
import { Empty, method } from './define';
import { ProjectInfo } from './project';

export const BackupInfo = z.object({
  path: z.string(),
  /** When the backup was taken, ISO 8601 UTC. */
  createdAt: z.string(),
  size: z.number().int().min(0),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

export const backupsApi = {
  'backups.list': method(Empty, z.array(BackupInfo), 'Rolling backups of the open project, newest first.'),
  'backups.restore': method(z.object({ path: z.string().min(1).max(4096) }),
    z.object({ project: ProjectInfo, safetyBackup: BackupInfo }),
    'Replace the open project with one of its backups (the current state is backed up first).'),
};
