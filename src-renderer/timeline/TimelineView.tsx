// The timeline view: React renders the controls, lane headers, legend and hover card; the controller
// draws the plot itself, frame by frame. Nothing here re-renders per frame: the view follows the controller's
// lanes, hover and load mode, and the lane headers follow a scroll through their own subscription.
import { type ComponentProps, type CSSProperties, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { registerCommandHandlers } from '../commands';
import { useApp } from '../state/store';
import { TimelineController } from './controller';
import { FilterBar } from './FilterBar';
import { HoverCard } from './HoverCard';
import { LaneHeaders } from './LaneHeaders';
import { LANE_HEIGHT, isLaneVisible, reorderLane, toggled, type LanePrefs } from './lanes';
import { Legend } from './Legend';
import { loadLanePrefs, saveLanePrefs } from './prefs';
import './timeline.css';

const ZOOM_STEP = 1.6;

export function TimelineView() {
  const controller = useMemo(() => new TimelineController(), []);
  const actors = useApp((s) => s.actors);
  const filter = useApp((s) => s.filter);
  const revision = useApp((s) => s.revision);
  const path = useApp((s) => s.project?.path ?? '');
  const [prefs, setPrefs] = useState<LanePrefs>(() => loadLanePrefs(path));
  const [goTo, setGoTo] = useState('');
  const scroller = useRef<HTMLDivElement>(null);
  const plot = useRef<HTMLDivElement>(null);
  const axis = useRef<HTMLDivElement>(null);
  const overview = useRef<HTMLCanvasElement>(null);
  const overviewWindow = useRef<HTMLCanvasElement>(null);
  useSyncExternalStore((fn) => controller.subscribe(fn), () => controller.version);

  useEffect(() => controller.attach({ scroller: scroller.current!, plot: plot.current!, axis: axis.current!, overview: overview.current!,
    overviewWindow: overviewWindow.current! }), [controller]);
  useEffect(() => setPrefs(loadLanePrefs(path)), [path]);
  useEffect(() => controller.setActors(actors, prefs), [controller, actors, prefs]);
  useEffect(() => controller.reload(), [controller, revision, filter]);
  useEffect(() => useApp.subscribe((s, old) => { if (s.selection !== old.selection) controller.invalidate(); }), [controller]);
  useEffect(() => registerCommandHandlers({
    'fit-all': () => controller.fitAll(),
    'zoom-in': () => controller.zoom(ZOOM_STEP),
    'zoom-out': () => controller.zoom(1 / ZOOM_STEP),
  }), [controller]);

  const updatePrefs = (next: LanePrefs) => { setPrefs(next); if (path) saveLanePrefs(path, next); };
  const hidden = actors.filter((a) => !isLaneVisible(a, prefs));

  return (
    <section className="timeline" aria-label="Timeline" style={{ '--lane-h': `${LANE_HEIGHT}px` } as CSSProperties}>
      <div className="tl-controls">
        <button onClick={() => controller.zoom(1 / ZOOM_STEP)} aria-label="Zoom out" title="Zoom out (−, Ctrl+wheel)">−</button>
        <button onClick={() => controller.zoom(ZOOM_STEP)} aria-label="Zoom in" title="Zoom in (+, Ctrl+wheel)">+</button>
        <button onClick={() => void controller.fitAll()} title="Fit all (Ctrl+0)">Fit all</button>
        <form className="tl-goto" onSubmit={(e) => { e.preventDefault(); if (!controller.goTo(goTo)) useApp.getState().showError('Type a date as 2025, 2025-05 or 2025-05-08.'); }}>
          <input aria-label="Go to date" placeholder="Go to 2025-05-08" value={goTo} onChange={(e) => setGoTo(e.target.value)} />
          <button type="submit">Go</button>
        </form>
        <details className="menu">
          <summary>Lanes{hidden.length ? ` (${hidden.length} hidden)` : ''}</summary>
          <div className="menu-body">
            {actors.map((a) => (
              <label key={a.id} className="check"><input type="checkbox" aria-label={`Show lane ${a.name}`} checked={isLaneVisible(a, prefs)}
                onChange={(e) => updatePrefs({ ...prefs, visible: { ...prefs.visible, [a.id]: e.target.checked } })} /> {a.name}</label>
            ))}
          </div>
        </details>
        <FilterBar />
        {controller.mode === 'density' && <span className="tl-mode">Counts per lane; zoom in to see entries</span>}
        <Legend />
      </div>
      <div className="tl-axis-row">
        <div className="tl-corner">Lanes</div>
        <div className="tl-axis" ref={axis} />
      </div>
      <div className="tl-scroll" ref={scroller} tabIndex={0} role="application"
        aria-label="Timeline lanes. Arrows select entries, Alt+arrows move them, Shift+Alt+arrows resize, N creates, Enter edits, Delete removes."
        onKeyDown={(e) => { if (controller.onKeyDown(e.nativeEvent)) e.preventDefault(); }}>
        <div className="tl-body" style={{ height: controller.layout.height }}>
          <ScrolledLaneHeaders controller={controller} layout={controller.layout}
            onToggleCollapse={(id) => updatePrefs({ ...prefs, collapsed: toggled(prefs.collapsed, id) })}
            onHide={(id) => updatePrefs({ ...prefs, visible: { ...prefs.visible, [id]: false } })}
            onReorder={(id, delta) => updatePrefs({ ...prefs, order: reorderLane(actors, prefs, id, delta) })} />
          <div className="tl-plot" ref={plot} />
        </div>
      </div>
      <div className="tl-overview-strip">
        <canvas className="tl-overview" ref={overview} aria-label="Overview of the whole project; click to go there" />
        <canvas className="tl-overview-window" ref={overviewWindow} aria-hidden="true" />
      </div>
      {controller.hover && <HoverCard key={controller.hover.id} {...controller.hover}
        onKeep={() => controller.keepHover()} onClose={() => controller.setHover(null)} />}
    </section>
  );
}

/** The headers of the lanes in view, re-rendered when a scroll brings others in. */
function ScrolledLaneHeaders({ controller, ...props }: { controller: TimelineController } & Omit<ComponentProps<typeof LaneHeaders>, 'window'>) {
  const window = useSyncExternalStore((fn) => controller.subscribeLanes(fn), () => controller.headerWindow);
  return <LaneHeaders {...props} window={window} />;
}
