// The workspace's main view: the timeline by default, the plain list one click away.
import { EntryList } from '../components/EntryList';
import { useApp } from '../state/store';
import { TimelineView } from './TimelineView';

export function MainView() {
  const { view, setView } = useApp();
  return (
    <section className="main-view">
      <div className="view-switch" role="tablist" aria-label="View">
        {(['timeline', 'list'] as const).map((v) => (
          <button key={v} role="tab" aria-selected={view === v} className={view === v ? 'active' : ''} onClick={() => setView(v)}>
            {v === 'timeline' ? 'Timeline' : 'List'}
          </button>
        ))}
      </div>
      {view === 'timeline' ? <TimelineView /> : <EntryList />}
    </section>
  );
}
