// The proposals beside the article: one card each, kept or rejected, editable; hovering one shows its words.
import { useEffect, useState, type ReactNode } from 'react';
import { formatUncertain } from '../../shared/dates';
import { call } from '../api/client';
import { EVENT_TYPE_LABEL, formatSpan, shorten } from '../components/format';
import { useApp } from '../state/store';
import { actorChoices } from './actor-choices';
import { ActorEditor, EventEditor, StatementEditor } from './ProposalEditor';
import { useImport, type Draft, type Item, type ProposalKind } from './session';

/** The entry a proposal would add this source to (and any participants it lacks), with a way to add a new one instead. */
function MergeNote({ kind, id, onSeparate }: { kind: 'event' | 'statement'; id: string; onSeparate(): void }) {
  const [title, setTitle] = useState('');
  useEffect(() => {
    const read = kind === 'event' ? call('events.get', { id }).then((e) => e.title) : call('statements.get', { id }).then((s) => shorten(s.text, 60));
    read.then(setTitle, () => setTitle('an entry that no longer exists'));
  }, [kind, id]);
  return (
    <p className="merge-note">
      Already in the project: adds this article as a source to “{title}”.{' '}
      <button className="link" onClick={onSeparate}>Add as new instead</button>
    </p>
  );
}

function Card({ kind, item, label, children, editor }: { kind: ProposalKind; item: Item<unknown>; label: string; children: ReactNode; editor: ReactNode }) {
  const { focus, setFocus, update } = useImport();
  const [editing, setEditing] = useState(false);
  return (
    <li id={`proposal-${item.key}`} className={`proposal proposal-${kind} ${item.kept ? '' : 'rejected'} ${focus === item.key ? 'focused' : ''}`}
      aria-label={`${kind} proposal: ${label}`} onMouseEnter={() => setFocus(item.key)} onFocus={() => setFocus(item.key)}>
      <div className="proposal-head">
        <label className="keep"><input type="checkbox" aria-label={`Keep ${label}`} checked={item.kept} onChange={(e) => update(kind, item.key, { kept: e.target.checked })} /></label>
        <div className="proposal-body" onClick={() => setFocus(item.key)}>{children}</div>
        <div className="proposal-actions">
          <button className="quiet" aria-expanded={editing} onClick={() => setEditing(!editing)}>{editing ? 'Done' : 'Edit'}</button>
          <button className="quiet" onClick={() => update(kind, item.key, { kept: !item.kept })}>{item.kept ? 'Reject' : 'Restore'}</button>
        </div>
      </div>
      {editing && editor}
    </li>
  );
}

export function ProposalList({ draft }: { draft: Draft }) {
  const project = useApp((s) => s.actors);
  const update = useImport((s) => s.update);
  const { options, nameOf } = actorChoices(draft, project);
  const names = (ids: string[]) => ids.map(nameOf).join(', ');
  const zone = draft.article.zone;
  const section = (title: string, count: number, items: ReactNode) => (
    <section className="proposal-group">
      <h3>{title} <span className="count">{count}</span></h3>
      {count ? <ul>{items}</ul> : <p className="empty">None found.</p>}
    </section>
  );
  return (
    <div className="proposals" aria-label="Proposals">
      {section('Events', draft.events.length, draft.events.map((item) => {
        const e = item.value;
        return (
          <Card key={item.key} kind="event" item={item} label={e.title}
            editor={<EventEditor value={e} actors={options} onChange={(patch) => update('event', item.key, { value: { ...e, ...patch } })} />}>
            <div className="line"><span className={`badge type-${e.type}`}>{EVENT_TYPE_LABEL[e.type]}</span> <strong>{e.title}</strong></div>
            <div className="meta">{formatSpan(e.start, e.end)}{e.location ? ` · ${e.location}` : ''}</div>
            {e.participants.length > 0 && <div className="meta">With {names(e.participants)}</div>}
            {e.mergeWithId && <MergeNote kind="event" id={e.mergeWithId} onSeparate={() => update('event', item.key, { value: { ...e, mergeWithId: undefined } })} />}
          </Card>
        );
      }))}
      {section('Statements', draft.statements.length, draft.statements.map((item) => {
        const s = item.value;
        const who = s.speaker ? nameOf(s.speaker) : 'Unknown speaker';
        return (
          <Card key={item.key} kind="statement" item={item} label={`${who}: ${shorten(s.text, 50)}`}
            editor={<StatementEditor value={s} actors={options} zone={zone} onChange={(patch) => update('statement', item.key, { value: { ...s, ...patch } })} />}>
            <div className="line"><strong>{who}</strong>{s.audience.length > 0 && <> to {names(s.audience)}</>}</div>
            <blockquote className={s.direct ? 'direct' : ''}>{s.direct ? `“${shorten(s.text, 220)}”` : shorten(s.text, 220)}</blockquote>
            <div className="meta">
              {[s.date ? formatUncertain(s.date) : 'Undated', s.direct ? 'direct quote' : 'paraphrase', s.hedged ? 'hedged' : '',
                s.reportedBy.length ? `reported by ${names(s.reportedBy)}` : ''].filter(Boolean).join(' · ')}
            </div>
            {s.mergeWithId && <MergeNote kind="statement" id={s.mergeWithId} onSeparate={() => update('statement', item.key, { value: { ...s, mergeWithId: undefined } })} />}
          </Card>
        );
      }))}
      {section('Actors', draft.actors.length, draft.actors.map((item) => {
        const a = item.value;
        const known = a.existingId ? project.find((p) => p.id === a.existingId) : undefined;
        const learned = known ? a.aliases.filter((x) => ![known.name, ...known.aliases].some((k) => k.toLowerCase() === x.toLowerCase())) : [];
        return (
          <Card key={item.key} kind="actor" item={item} label={a.name}
            editor={<ActorEditor value={a} actors={options} onChange={(patch) => update('actor', item.key, { value: { ...a, ...patch } })} />}>
            <div className="line"><strong>{a.name}</strong> <span className="meta">{a.kind.replace('_', ' ')}</span></div>
            <div className="meta">
              {known ? (learned.length ? `In the project; learns ${learned.join(', ')}` : 'In the project') : `New${a.aliases.length ? `; also ${a.aliases.join(', ')}` : ''}`}
              {` · ${a.mentions.length} mention${a.mentions.length === 1 ? '' : 's'}`}
              {!known && a.affiliation && options.some((o) => o.id === a.affiliation) ? ` · filed under ${nameOf(a.affiliation)}` : ''}
            </div>
          </Card>
        );
      }))}
    </div>
  );
}
