import { COMMANDS, runCommand, type AppCommand } from '../commands';
import { useApp } from '../state/store';

const button = (id: AppCommand['id'], text?: string, disabled?: boolean) => {
  const c = COMMANDS.find((x) => x.id === id)!;
  const hint = c.keys[0] ? ` (${c.keys[0].replace('Mod', navigator.platform.includes('Mac') ? '⌘' : 'Ctrl')})` : '';
  return <button key={id} title={c.label + hint} disabled={disabled} onClick={() => runCommand(id)}>{text ?? c.label}</button>;
};

export function Toolbar() {
  const { project, filter, setFilter } = useApp();
  const history = project?.history;
  return (
    <header className="toolbar" role="toolbar" aria-label="Project">
      <strong className="project-title" title={project?.path}>{project?.settings.title ?? 'Parley'}</strong>
      {button('open-project', 'Open…')}
      {button('new-project', 'New…')}
      <span className="sep" />
      {button('undo', 'Undo', !history?.canUndo)}
      {button('redo', 'Redo', !history?.canRedo)}
      <span className="sep" />
      {button('new-event')}
      {button('new-statement')}
      {button('new-actor')}
      {button('import-article', 'Import…')}
      {button('import-data', 'Import data…')}
      {button('export-pdf', 'Export…')}
      {button('show-backups')}
      <span className="grow" />
      <input className="search" type="search" aria-label="Search entries" placeholder="Search…" value={filter.text ?? ''}
        onChange={(e) => setFilter({ text: e.target.value || undefined })} />
    </header>
  );
}
