import { z } from 'zod';
import { ProjectSettings } from '../model';
import { Empty, method } from './define';

export const HistoryState = z.object({
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  undoLabel: z.string().nullable(),
  redoLabel: z.string().nullable(),
});
export type HistoryState = z.infer<typeof HistoryState>;

export const ProjectInfo = z.object({
  path: z.string(),
  settings: ProjectSettings,
  counts: z.object({ actors: z.number(), events: z.number(), statements: z.number(), sources: z.number() }),
  history: HistoryState,
});
export type ProjectInfo = z.infer<typeof ProjectInfo>;

const ProjectPath = z.object({ path: z.string().trim().min(1).max(4096) });

export const projectApi = {
  'project.info': method(Empty, ProjectInfo, 'The open project: path, settings, counts and undo state.'),
  'project.open': method(ProjectPath, ProjectInfo, 'Open a .parley file (migrating an older one after a backup).'),
  'project.create': method(ProjectPath.extend({ title: z.string().max(500).optional() }), ProjectInfo, 'Create a new .parley file and open it.'),
  'project.recent': method(Empty, z.array(z.string()), 'Recently opened project files, newest first.'),
  'project.updateSettings': method(ProjectSettings.partial(), ProjectInfo, 'Change the title or display zone.'),
  'history.undo': method(Empty, HistoryState, 'Undo the last change.'),
  'history.redo': method(Empty, HistoryState, 'Redo the last undone change.'),
  'history.state': method(Empty, HistoryState, 'What undo and redo would do.'),
};
