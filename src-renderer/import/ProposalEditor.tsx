// Editing one proposal before it is accepted: the same fields the inspector has, on the draft only.
import type { Actor } from '../../shared/model';
import { ACTOR_KINDS, EVENT_TYPES } from '../../shared/vocabulary';
import type { ProposedActor, ProposedEvent, ProposedStatement } from '../../shared/api';
import { ActorsField, CheckField, DateField, SelectField, TextField } from '../components/fields';
import { EVENT_TYPE_LABEL } from '../components/format';

const ids = (list: { actorId: string }[]) => list.map((p) => p.actorId);
const refs = (list: string[]) => list.map((actorId) => ({ actorId }));

export function EventEditor({ value, actors, onChange }: { value: ProposedEvent; actors: Actor[]; onChange(patch: Partial<ProposedEvent>): void }) {
  return (
    <div className="proposal-editor">
      <TextField label="Title" value={value.title} onCommit={(title) => title.trim() && onChange({ title })} />
      <SelectField label="Type" value={value.type} options={EVENT_TYPES.map((t) => ({ value: t, label: EVENT_TYPE_LABEL[t] }))} onCommit={(type) => onChange({ type })} />
      <DateField label="Start" value={value.start} defaultZone={value.start.zone} onCommit={(start) => start && onChange({ start })} />
      <DateField label="End" value={value.end} optional defaultZone={value.start.zone} onCommit={(end) => onChange({ end })} />
      <TextField label="Location" value={value.location ?? ''} onCommit={(location) => onChange({ location: location || null })} />
      <ActorsField label="Participants" actors={actors} value={refs(value.participants)} onCommit={(ps) => onChange({ participants: ids(ps) })} />
    </div>
  );
}

export function StatementEditor({ value, actors, zone, onChange }: { value: ProposedStatement; actors: Actor[]; zone: string; onChange(patch: Partial<ProposedStatement>): void }) {
  return (
    <div className="proposal-editor">
      <SelectField label="Speaker" value={value.speaker ?? ''} options={[{ value: '', label: '(unknown)' }, ...actors.map((a) => ({ value: a.id, label: a.name }))]}
        onCommit={(speaker) => onChange({ speaker: speaker || null })} />
      <TextField label="Text" multiline value={value.text} onCommit={(text) => text.trim() && onChange({ text })} />
      <CheckField label="Direct quote" value={value.direct} onCommit={(direct) => onChange({ direct })} />
      <CheckField label="Hedged (reportedly, sources say)" value={value.hedged} onCommit={(hedged) => onChange({ hedged })} />
      <DateField label="Date" value={value.date} optional defaultZone={zone} onCommit={(date) => onChange({ date })} />
      <ActorsField label="Audience" actors={actors} value={refs(value.audience)} onCommit={(a) => onChange({ audience: ids(a) })} />
      <ActorsField label="Reported by" actors={actors} value={refs(value.reportedBy)} onCommit={(a) => onChange({ reportedBy: ids(a) })} />
    </div>
  );
}

export function ActorEditor({ value, actors, onChange }: { value: ProposedActor; actors: Actor[]; onChange(patch: Partial<ProposedActor>): void }) {
  // Only a new actor is filed: one the project has keeps its place.
  const parents = actors.filter((a) => a.id !== value.id).map((a) => ({ value: a.id, label: a.name }));
  return (
    <div className="proposal-editor">
      <TextField label="Name" value={value.name} onCommit={(name) => name.trim() && onChange({ name })} />
      <SelectField label="Kind" value={value.kind} options={ACTOR_KINDS.map((k) => ({ value: k, label: k.replace('_', ' ') }))} onCommit={(kind) => onChange({ kind })} />
      <TextField label="Aliases" value={value.aliases.join(', ')} placeholder="comma, separated"
        onCommit={(text) => onChange({ aliases: [...new Set(text.split(',').map((a) => a.trim()).filter(Boolean))] })} />
      {!value.existingId && <SelectField label="Filed under" value={parents.some((p) => p.value === value.affiliation) ? value.affiliation! : ''} options={[{ value: '', label: '(top level)' }, ...parents]}
        onCommit={(id) => onChange({ affiliation: id || undefined })} />}
    </div>
  );
}
