// File > Import data: a Parley JSON export, or a CSV whose columns the user maps to fields after seeing
// its first rows. The import is one undo step; a file with a wrong row is refused whole.
import { useState } from 'react';
import type { CsvField, CsvMapping, CsvPreview, ImportCounts } from '../../shared/api';
import { CSV_FIELDS } from '../../shared/vocabulary';
import { ApiError, call } from '../api/client';
import { useApp } from '../state/store';
import { Modal } from './Modal';

const FIELD_LABELS: Record<CsvField, string> = {
  kind: 'Kind (event or statement)', type: 'Event type', title: 'Title', text: 'Text, quote or description', start: 'Date (start)',
  precision: 'Date precision', approximate: 'Approximate', zone: 'Time zone', end: 'End date', end_precision: 'End precision',
  speaker: 'Speaker', participants: 'Participants', audience: 'Audience', outlets: 'Outlets', direct: 'Direct quote',
  hedged: 'Hedged ("reportedly")', location: 'Location', tags: 'Tags',
};

const said = (c: ImportCounts) => Object.entries(c).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${k}`).join(', ') || 'nothing';

export function ImportDataDialog({ onClose }: { onClose: () => void }) {
  const [file, setFile] = useState<{ name: string; text: string; format: 'json' | 'csv' } | null>(null);
  const [preview, setPreview] = useState<CsvPreview | null>(null);
  const [mapping, setMapping] = useState<CsvMapping>({});
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<ImportCounts | null>(null);
  const messageOf = (e: unknown) => (e instanceof ApiError ? e.message : `Unexpected problem: ${(e as Error).message}`);

  const pick = async (picked: File | undefined) => {
    setProblem(null); setPreview(null); setDone(null); setFile(null);
    if (!picked) return;
    const text = await picked.text();
    const format = /\.json$/i.test(picked.name) || text.trimStart().startsWith('{') ? 'json' : 'csv';
    setFile({ name: picked.name, text, format });
    if (format === 'csv') {
      try {
        const p = await call('import.csvPreview', { text });
        setPreview(p);
        setMapping(p.mapping);
      } catch (e) { setProblem(messageOf(e)); }
    }
  };

  const run = async () => {
    if (!file) return;
    setBusy(true); setProblem(null);
    try {
      const input = file.format === 'json' ? { format: 'json' as const, text: file.text } : { format: 'csv' as const, text: file.text, mapping };
      const counts = await call('import.data', input);
      setDone(counts);
      await useApp.getState().refresh();
      useApp.getState().showNotice(`Imported ${said(counts)} (Undo takes it back)`);
    } catch (e) {
      setProblem(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const setField = (field: CsvField, value: string) => {
    const next = { ...mapping };
    if (value === '') delete next[field]; else next[field] = Number(value);
    setMapping(next);
  };

  return (
    <Modal title="Import data" onClose={onClose} busy={busy} actions={<>
      <button className="quiet" onClick={onClose} disabled={busy}>{done ? 'Close' : 'Cancel'}</button>
      <button onClick={() => void run()} disabled={busy || !file || !!done || (file.format === 'csv' && !preview)}>{busy ? 'Importing…' : 'Import'}</button>
    </>}>
      <label className="field"><span>A Parley JSON export or a CSV file</span>
        <input type="file" accept=".json,.csv,text/csv,application/json" disabled={busy} onChange={(e) => void pick(e.target.files?.[0])} />
      </label>
      {file?.format === 'json' && !done && <p>{file.name}: a Parley JSON file. Its entries are added with their ids; into a new project it gives back the same project.</p>}
      {preview && (
        <>
          <p>{preview.total} rows. The first {preview.rows.length}:</p>
          <div className="preview">
            <table>
              <thead><tr>{preview.columns.map((c, i) => <th key={i}>{c}</th>)}</tr></thead>
              <tbody>{preview.rows.map((r, i) => <tr key={i}>{preview.columns.map((_, j) => <td key={j}>{r[j] ?? ''}</td>)}</tr>)}</tbody>
            </table>
          </div>
          <p>Columns for each field (guessed from the header; a row with a title is an event, otherwise a statement, unless Kind says):</p>
          <div className="mapping">
            {CSV_FIELDS.map((field) => (
              <label key={field} className="field"><span>{FIELD_LABELS[field]}</span>
                <select aria-label={FIELD_LABELS[field]} value={mapping[field] ?? ''} onChange={(e) => setField(field, e.target.value)}>
                  <option value="">—</option>
                  {preview.columns.map((c, i) => <option key={i} value={i}>{c || `Column ${i + 1}`}</option>)}
                </select>
              </label>
            ))}
          </div>
        </>
      )}
      {busy && <progress aria-label="Importing" />}
      {problem && <p className="problem" role="alert">{problem}</p>}
      {done && <p className="result" role="status">Imported {said(done)}. Undo takes the whole import back.</p>}
    </Modal>
  );
}
