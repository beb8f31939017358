// Inspector fields: each keeps its draft locally and commits once (blur or Enter), so one edit is one undo step.
import { useEffect, useId, useState } from 'react';
import type { Actor, UncertainDate } from '../../shared/model';
import { PRECISIONS } from '../../shared/vocabulary';

interface FieldProps<T> { label: string; value: T; onCommit(value: T): void }

export function TextField({ label, value, onCommit, multiline, placeholder }: FieldProps<string> & { multiline?: boolean; placeholder?: string }) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const commit = () => { if (draft !== value) onCommit(draft); };
  const common = {
    value: draft, placeholder, 'aria-label': label,
    onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
    onBlur: commit,
  };
  return (
    <label className="field">
      <span>{label}</span>
      {multiline
        ? <textarea {...common} rows={4} onKeyDown={(e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) commit(); if (e.key === 'Escape') setDraft(value); }} />
        : <input {...common} onKeyDown={(e) => { if (e.key === 'Enter') commit(); if (e.key === 'Escape') setDraft(value); }} />}
    </label>
  );
}

export function SelectField<T extends string>({ label, value, options, onCommit }: FieldProps<T> & { options: readonly { value: T; label: string }[] }) {
  return (
    <label className="field">
      <span>{label}</span>
      <select aria-label={label} value={value} onChange={(e) => onCommit(e.target.value as T)}>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </label>
  );
}

export function CheckField({ label, value, onCommit }: FieldProps<boolean>) {
  return (
    <label className="check"><input type="checkbox" checked={value} onChange={(e) => onCommit(e.target.checked)} /> {label}</label>
  );
}

const ZONES: string[] = (Intl as unknown as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.('timeZone') ?? ['UTC'];

/** An uncertain date: ISO value, precision, approximate flag and zone; optional dates can be cleared. */
export function DateField({ label, value, onCommit, optional, defaultZone }: FieldProps<UncertainDate | null> & { optional?: boolean; defaultZone: string }) {
  const id = useId();
  const [draft, setDraft] = useState(value?.value ?? '');
  useEffect(() => setDraft(value?.value ?? ''), [value?.value]);
  const base: UncertainDate = value ?? { value: '', precision: 'day', approximate: false, zone: defaultZone };
  const commitValue = () => {
    const v = draft.trim().replace(' ', 'T');
    if (v === (value?.value ?? '')) return;
    if (!v) { if (optional) onCommit(null); else setDraft(value?.value ?? ''); return; }
    const precision = value ? base.precision : v.includes('T') ? 'minute' : v.length === 4 ? 'year' : v.length === 7 ? 'month' : 'day';
    onCommit({ ...base, value: v, precision });
  };
  return (
    <fieldset className="date-field">
      <legend>{label}</legend>
      <input aria-label={`${label} date`} value={draft} placeholder="YYYY-MM-DD or YYYY-MM-DDTHH:MM"
        onChange={(e) => setDraft(e.target.value)} onBlur={commitValue} onKeyDown={(e) => { if (e.key === 'Enter') commitValue(); }} />
      {value && (
        <>
          <select aria-label={`${label} precision`} value={value.precision} onChange={(e) => onCommit({ ...value, precision: e.target.value as UncertainDate['precision'] })}>
            {PRECISIONS.map((p) => <option key={p} value={p}>{p}</option>)}
          </select>
          <label className="check"><input type="checkbox" aria-label={`${label} approximate`} checked={value.approximate}
            onChange={(e) => onCommit({ ...value, approximate: e.target.checked })} /> approx.</label>
          <input aria-label={`${label} time zone`} list={id} defaultValue={value.zone} key={value.zone}
            onBlur={(e) => { if (e.target.value !== value.zone) onCommit({ ...value, zone: e.target.value }); }} />
          <datalist id={id}>{ZONES.map((z) => <option key={z} value={z} />)}</datalist>
        </>
      )}
    </fieldset>
  );
}

/** A list of actors with add and remove, optionally each with a role. */
export function ActorsField<R extends string>({ label, actors, value, onCommit, roles }: {
  label: string; actors: Actor[]; value: { actorId: string; role?: R }[]; roles?: readonly R[];
  onCommit(value: { actorId: string; role?: R }[]): void;
}) {
  const name = (id: string) => actors.find((a) => a.id === id)?.name ?? id;
  const available = actors.filter((a) => !value.some((v) => v.actorId === a.id));
  return (
    <fieldset className="actors-field">
      <legend>{label}</legend>
      <ul>
        {value.map((v, i) => (
          <li key={v.actorId}>
            <span>{name(v.actorId)}</span>
            {roles && (
              <select aria-label={`Role of ${name(v.actorId)}`} value={v.role} onChange={(e) => onCommit(value.map((x, j) => (j === i ? { ...x, role: e.target.value as R } : x)))}>
                {roles.map((r) => <option key={r} value={r}>{r}</option>)}
              </select>
            )}
            <button className="quiet" aria-label={`Remove ${name(v.actorId)} from ${label}`} onClick={() => onCommit(value.filter((_, j) => j !== i))}>×</button>
          </li>
        ))}
      </ul>
      <select aria-label={`Add to ${label}`} value="" onChange={(e) => e.target.value && onCommit([...value, { actorId: e.target.value, role: roles?.[0] }])}>
        <option value="">Add…</option>
        {available.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
      </select>
    </fieldset>
  );
}

export function TagsField({ value, onCommit }: { value: string[]; onCommit(tags: string[]): void }) {
  return <TextField label="Tags" value={value.join(', ')} placeholder="comma, separated"
    onCommit={(text) => onCommit([...new Set(text.split(',').map((t) => t.trim()).filter(Boolean))])} />;
}
