import { useEffect, useState } from 'react';
import { fromInstant } from '../../shared/dates';
import { bridge, call } from '../api/client';
import { commandForKey, keyOf, registerCommandHandlers, runCommand } from '../commands';
import { kindOfId, useApp } from '../state/store';
import { ActorList } from './ActorList';
import { BackupsDialog } from './BackupsDialog';
import { ExchangeDialogs } from './ExchangeDialogs';
import { ImportHost } from '../import/ImportHost';
import { Inspector } from './Inspector';
import { MainView } from '../timeline/MainView';
import { Notices } from './Notices';
import { ProjectPicker } from './ProjectPicker';
import { Toolbar } from './Toolbar';

const isField = (t: EventTarget | null) => t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));

export function App() {
  const { project, inspectorOpen, start } = useApp();
  const [picking, setPicking] = useState(false);

  useEffect(() => { void start(); }, [start]);

  useEffect(() => {
    const app = useApp.getState;
    const today = () => fromInstant(Date.now(), 'day', app().project?.settings.displayZone ?? 'UTC');
    const created = (id?: string) => { if (id) app().select([id], true); };
    return registerCommandHandlers({
      'open-project': () => setPicking(true),
      'new-project': () => setPicking(true),
      'new-event': async () => created((await app().change(() => call('events.create', { type: 'talks', title: 'New event', start: today() })))?.id),
      'new-statement': async () => created((await app().change(() => call('statements.create', { text: 'New statement', date: today() })))?.id),
      'new-actor': async () => created((await app().change(() => call('actors.create', { name: 'New actor', kind: 'person' })))?.id),
      'delete-selection': async () => {
        const ids = app().selection;
        const entries = ids.filter((id) => kindOfId(id) === 'event' || kindOfId(id) === 'statement');
        const actors = ids.filter((id) => kindOfId(id) === 'actor');
        if (entries.length) await app().change(() => call('entries.delete', { ids: entries }));
        if (actors.length) await app().change(() => call('actors.delete', { ids: actors }));
        app().select([]);
      },
      'close-panels': () => { setPicking(false); app().setInspectorOpen(false); },
      'find': () => document.querySelector<HTMLInputElement>('input.search')?.focus(),
    });
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const command = commandForKey(keyOf(e), isField(e.target));
      if (!command || e.defaultPrevented) return;
      e.preventDefault();
      void command.run();
    };
    window.addEventListener('keydown', onKey);
    const unsubscribe = bridge()?.onMenuCommand((c) => runCommand(c));
    return () => { window.removeEventListener('keydown', onKey); unsubscribe?.(); };
  }, []);

  if (!project || picking) {
    return <main className="app"><Notices /><ProjectPicker onClose={project ? () => setPicking(false) : undefined} /></main>;
  }
  return (
    <main className={`app ${inspectorOpen ? 'with-inspector' : ''}`}>
      <Toolbar />
      <div className="workspace">
        <ActorList />
        <MainView />
        {inspectorOpen && <Inspector />}
      </div>
      <ImportHost />
      <ExchangeDialogs />
      <BackupsDialog />
      <Notices />
    </main>
  );
}
