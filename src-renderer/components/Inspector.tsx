import { useEffect, useState } from 'react';
import type { TimedEvent, TimedStatement } from '../../shared/api';
import type { Actor } from '../../shared/model';
import { ACTOR_KINDS, EVENT_TYPES, PARTICIPANT_ROLES } from '../../shared/vocabulary';
import { call } from '../api/client';
import { kindOfId, useApp } from '../state/store';
import { Citations } from './Citations';
import { ActorsField, CheckField, DateField, SelectField, TagsField, TextField } from './fields';
import { EVENT_TYPE_LABEL } from './format';

type Loaded = { kind: 'event'; value: TimedEvent } | { kind: 'statement'; value: TimedStatement } | { kind: 'actor'; value: Actor };

/** Edits every field of the selected event, statement or actor through the API. */
export function Inspector() {
  const { selection, revision, actors, project, change, setInspectorOpen } = useApp();
  const id = selection.length === 1 ? selection[0] : null;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    let live = true;
    const kind = id ? kindOfId(id) : null;
    const load = !id ? Promise.resolve(null)
      : kind === 'event' ? call('events.get', { id }).then((value) => ({ kind, value }) as Loaded)
        : kind === 'statement' ? call('statements.get', { id }).then((value) => ({ kind, value }) as Loaded)
          : kind === 'actor' ? Promise.resolve(actors.find((a) => a.id === id)).then((value) => (value ? { kind, value } as Loaded : null))
            : Promise.resolve(null);
    load.then((l) => { if (live) setLoaded(l); }, () => { if (live) setLoaded(null); });
    return () => { live = false; };
  }, [id, revision, actors]);

  const zone = project?.settings.displayZone ?? 'UTC';
  const close = <button className="quiet close" aria-label="Close inspector" onClick={() => setInspectorOpen(false)}>×</button>;
  if (selection.length > 1) return <aside className="inspector" aria-label="Inspector">{close}<p>{selection.length} entries selected. Drag them together on the timeline, or press Delete.</p></aside>;
  if (!loaded) return <aside className="inspector" aria-label="Inspector">{close}<p className="empty">Select an event, statement or actor to edit it.</p></aside>;

  if (loaded.kind === 'event') {
    const e = loaded.value;
    const save = (patch: Parameters<typeof call<'events.update'>>[1]['patch']) => void change(() => call('events.update', { id: e.id, patch }));
    return (
      <aside className="inspector" aria-label="Inspector">
        {close}
        <h2>Event</h2>
        <TextField label="Title" value={e.title} onCommit={(title) => save({ title })} />
        <SelectField label="Type" value={e.type} options={EVENT_TYPES.map((t) => ({ value: t, label: EVENT_TYPE_LABEL[t] }))} onCommit={(type) => save({ type })} />
        <DateField label="Start" value={e.start} defaultZone={zone} onCommit={(start) => start && save({ start })} />
        <DateField label="End" value={e.end} optional defaultZone={e.start.zone} onCommit={(end) => save({ end })} />
        <TextField label="Location" value={e.location} onCommit={(location) => save({ location })} />
        <ActorsField label="Participants" actors={actors} roles={PARTICIPANT_ROLES} value={e.participants}
          onCommit={(ps) => save({ participants: ps.map((p) => ({ actorId: p.actorId, role: p.role ?? 'party' })) })} />
        <TextField label="Description" multiline value={e.description} onCommit={(description) => save({ description })} />
        <TagsField value={e.tags} onCommit={(tags) => save({ tags })} />
        <Citations entityType="event" entityId={e.id} />
      </aside>
    );
  }

  if (loaded.kind === 'statement') {
    const s = loaded.value;
    const save = (patch: Parameters<typeof call<'statements.update'>>[1]['patch']) => void change(() => call('statements.update', { id: s.id, patch }));
    const none = { value: '', label: '(unknown)' };
    return (
      <aside className="inspector" aria-label="Inspector">
        {close}
        <h2>Statement</h2>
        <SelectField label="Speaker" value={s.speakerId ?? ''} options={[none, ...actors.map((a) => ({ value: a.id, label: a.name }))]}
          onCommit={(v) => save({ speakerId: v || null })} />
        <TextField label="Text" multiline value={s.text} onCommit={(text) => save({ text })} />
        <CheckField label="Direct quote" value={s.direct} onCommit={(direct) => save({ direct })} />
        <CheckField label="Hedged (reportedly)" value={s.hedged} onCommit={(hedged) => save({ hedged })} />
        <DateField label="Date" value={s.date} optional defaultZone={zone} onCommit={(date) => save({ date })} />
        <ActorsField label="Audience" actors={actors} value={s.audienceIds.map((actorId) => ({ actorId }))} onCommit={(v) => save({ audienceIds: v.map((x) => x.actorId) })} />
        <ActorsField label="Reported by" actors={actors.filter((a) => a.kind === 'media' || s.outletIds.includes(a.id))}
          value={s.outletIds.map((actorId) => ({ actorId }))} onCommit={(v) => save({ outletIds: v.map((x) => x.actorId) })} />
        <TagsField value={s.tags} onCommit={(tags) => save({ tags })} />
        <Citations entityType="statement" entityId={s.id} />
      </aside>
    );
  }

  const a = loaded.value;
  const save = (patch: Parameters<typeof call<'actors.update'>>[1]['patch']) => void change(() => call('actors.update', { id: a.id, patch }));
  return (
    <aside className="inspector" aria-label="Inspector">
      {close}
      <h2>Actor</h2>
      <TextField label="Name" value={a.name} onCommit={(name) => save({ name })} />
      <SelectField label="Kind" value={a.kind} options={ACTOR_KINDS.map((k) => ({ value: k, label: k.replace('_', ' ') }))} onCommit={(kind) => save({ kind })} />
      <TextField label="Aliases" value={a.aliases.join(', ')} onCommit={(t) => save({ aliases: t.split(',').map((x) => x.trim()).filter(Boolean) })} />
      <SelectField label="Belongs to" value={a.parentId ?? ''} options={[{ value: '', label: '(none)' }, ...actors.filter((x) => x.id !== a.id).map((x) => ({ value: x.id, label: x.name }))]}
        onCommit={(v) => save({ parentId: v || null })} />
      <label className="field"><span>Colour</span>
        <input type="color" aria-label="Colour" value={a.color ?? '#888888'} onChange={(e) => save({ color: e.target.value })} /></label>
      <TextField label="Notes" multiline value={a.notes} onCommit={(notes) => save({ notes })} />
      <TagsField value={a.tags} onCommit={(tags) => save({ tags })} />
    </aside>
  );
}
