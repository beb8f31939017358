import type { ProjectInfo } from '../../shared/api/project';
import type { Session } from './session';
import type { DomainHandlers } from './types';

export function projectInfo(session: Session): ProjectInfo {
  const store = session.store;
  return { path: store.file, settings: store.settings(), counts: store.counts(), history: store.history.state() };
}

export const projectHandlers: DomainHandlers<
  'project.info' | 'project.open' | 'project.create' | 'project.recent' | 'project.updateSettings' | 'history.undo' | 'history.redo' | 'history.state'
> = {
  'project.info': (_, s) => projectInfo(s),
  'project.open': ({ path }, s) => { s.open(path, false); return projectInfo(s); },
  'project.create': ({ path, title }, s) => {
    const store = s.open(path, true);
    if (title) store.updateSettings({ title });
    return projectInfo(s);
  },
  'project.recent': (_, s) => s.recent(),
  'project.updateSettings': (patch, s) => { s.store.updateSettings(patch); return projectInfo(s); },
  'history.undo': (_, s) => s.store.undo(),
  'history.redo': (_, s) => s.store.redo(),
  'history.state': (_, s) => s.store.history.state(),
};
