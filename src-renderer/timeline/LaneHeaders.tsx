// Lane headers: actor names, collapse toggles for groups, hide buttons, and reordering by dragging a
// header (or Alt+Arrow on a focused one). Only the headers of visible lanes exist.
import { useRef, useState } from 'react';
import { LANE_HEIGHT, type Lane, type LaneLayout } from './lanes';

interface Props {
  layout: LaneLayout;
  window: [number, number];
  onToggleCollapse(id: string): void;
  onHide(id: string): void;
  onReorder(id: string, delta: number): void;
}

export function LaneHeaders({ layout, window: [first, last], onToggleCollapse, onHide, onReorder }: Props) {
  const [drag, setDrag] = useState<{ id: string; dy: number } | null>(null);
  const start = useRef(0);
  const lanes = layout.lanes.slice(first, last + 1);
  const header = (lane: Lane) => {
    const dy = drag?.id === lane.id ? drag.dy : 0;
    const actor = lane.actor;
    return (
      <div key={lane.id} className={`tl-lane-header depth-${Math.min(lane.depth, 3)}${dy ? ' moving' : ''}`} data-lane-id={lane.id}
        style={{ transform: `translateY(${lane.y + dy}px)`, height: LANE_HEIGHT, paddingLeft: 6 + lane.depth * 14 }}
        onPointerDown={(e) => {
          if (!actor || (e.target as HTMLElement).closest('button.tl-lane-tool')) return;
          start.current = e.clientY;
          (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
          setDrag({ id: lane.id, dy: 0 });
        }}
        onPointerMove={(e) => { if (drag?.id === lane.id) setDrag({ id: lane.id, dy: e.clientY - start.current }); }}
        onPointerUp={() => {
          if (drag?.id !== lane.id) return;
          const delta = Math.round(drag.dy / LANE_HEIGHT);
          setDrag(null);
          if (delta) onReorder(lane.id, delta);
        }}>
        {lane.hasMembers
          ? <button className="tl-lane-tool quiet" aria-expanded={!lane.collapsed} aria-label={`${lane.collapsed ? 'Expand' : 'Collapse'} ${actor?.name}`}
              onClick={() => onToggleCollapse(lane.id)}>{lane.collapsed ? '▸' : '▾'}</button>
          : <span className="tl-lane-spacer" />}
        <span className="swatch" style={{ background: actor?.color ?? 'var(--muted)' }} />
        <span className="tl-lane-name" tabIndex={actor ? 0 : -1} title={actor ? 'Drag, or Alt+↑/↓, to reorder' : undefined}
          onKeyDown={(e) => {
            if (actor && e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
              e.preventDefault();
              onReorder(lane.id, e.key === 'ArrowUp' ? -1 : 1);
            }
          }}>{actor?.name ?? 'No actor'}</span>
        {actor && <button className="tl-lane-tool quiet" aria-label={`Hide lane ${actor.name}`} title="Hide this lane" onClick={() => onHide(lane.id)}>×</button>}
      </div>
    );
  };
  return <div className="tl-headers" style={{ height: layout.height }}>{lanes.map(header)}</div>;
}
