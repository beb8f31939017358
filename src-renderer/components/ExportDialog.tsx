// File > Export PDF / JSON / CSV: what to include (the current filters or the whole project, a date range),
// the paper for a PDF, then a progress indicator while it is written, and the file shown or offered.
import { useEffect, useState } from 'react';
import type { EntryFilter } from '../../shared/api';
import { parseUncertain, rangeOf } from '../../shared/dates';
import { ApiError, call } from '../api/client';
import { useApp } from '../state/store';
import { chooseTarget, downloadUrl, SavedNote, type Saved } from './export-target';
import { Modal } from './Modal';

export type ExportFormat = 'pdf' | 'json' | 'csv' | 'timelinejs';
const TITLES: Record<ExportFormat, string> = { pdf: 'Export PDF', json: 'Export JSON', csv: 'Export CSV', timelinejs: 'Export TimelineJS' };
const EXTENSIONS: Record<ExportFormat, string> = { pdf: '.pdf', json: '.json', csv: '.csv', timelinejs: '.timeline.json' };
const TYPES: Record<ExportFormat, string> = { pdf: 'application/pdf', json: 'application/json', csv: 'text/csv', timelinejs: 'application/json' };

function Elapsed() {
  const [s, setS] = useState(0);
  useEffect(() => { const t = setInterval(() => setS((x) => x + 1), 1000); return () => clearInterval(t); }, []);
  return <span>{s} s</span>;
}

export function ExportDialog({ initial, onClose }: { initial: ExportFormat; onClose: () => void }) {
  const { project, filter: current } = useApp();
  const [format, setFormat] = useState<ExportFormat>(initial);
  const [scope, setScope] = useState<'filtered' | 'all'>('filtered');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [page, setPage] = useState<'a4' | 'letter'>('a4');
  const [orientation, setOrientation] = useState<'landscape' | 'portrait'>('landscape');
  const [bom, setBom] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<{ saved: Saved; url: string | null; pages?: number } | null>(null);
  useEffect(() => () => { if (done?.url) URL.revokeObjectURL(done.url); }, [done]);
  const zone = project?.settings.displayZone ?? 'UTC';
  const hasFilter = Object.values(current).some((v) => v !== undefined && (!Array.isArray(v) || v.length > 0));

  const filter = (): EntryFilter => {
    const f: EntryFilter = scope === 'filtered' ? { ...current } : {};
    // A date picker gives whole days, read in the project's display zone; "to" includes its day.
    if (from) f.fromMs = rangeOf(parseUncertain(from, zone)!).startMs;
    if (to) f.toMs = rangeOf(parseUncertain(to, zone)!).endMs;
    return f;
  };

  const run = async () => {
    setProblem(null);
    setDone(null);
    const name = `${project?.settings.title || 'Parley export'}${EXTENSIONS[format]}`;
    const outPath = await chooseTarget(name);
    if (outPath === null) return;
    setBusy(true);
    try {
      const returnData = outPath === undefined;
      if (format === 'pdf') {
        const r = await call('export.pdf', { options: { filter: filter(), page, orientation }, outPath, returnData });
        setDone({ saved: r, url: downloadUrl(r, TYPES.pdf, true), pages: r.pages });
      } else {
        const r = await call('export.data', { format, filter: filter(), bom, outPath, returnData });
        setDone({ saved: r, url: downloadUrl(r, TYPES[format], false) });
      }
    } catch (e) {
      setProblem(e instanceof ApiError ? e.message : `Unexpected problem: ${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  const invalidRange = from && to && to < from;
  return (
    <Modal title={TITLES[format]} onClose={onClose} busy={busy} actions={<>
      <button className="quiet" onClick={onClose} disabled={busy}>{done ? 'Close' : 'Cancel'}</button>
      <button onClick={() => void run()} disabled={busy || !!invalidRange}>{busy ? 'Exporting…' : 'Export'}</button>
    </>}>
      <label className="field"><span>Format</span>
        <select value={format} disabled={busy} onChange={(e) => setFormat(e.target.value as ExportFormat)}>
          <option value="pdf">PDF (print layout)</option><option value="csv">CSV (spreadsheet)</option>
          <option value="json">Parley JSON (whole project, lossless)</option><option value="timelinejs">TimelineJS JSON</option>
        </select>
      </label>
      {format !== 'json' && (
        <>
          <fieldset className="choices"><legend>Include</legend>
            <label><input type="radio" checked={scope === 'filtered'} onChange={() => setScope('filtered')} /> the current filters{hasFilter ? '' : ' (none set)'}</label>
            <label><input type="radio" checked={scope === 'all'} onChange={() => setScope('all')} /> the whole project</label>
          </fieldset>
          <div className="row">
            <label className="field"><span>From</span><input type="date" value={from} onChange={(e) => setFrom(e.target.value)} /></label>
            <label className="field"><span>To</span><input type="date" value={to} onChange={(e) => setTo(e.target.value)} /></label>
            <span className="field">{invalidRange ? 'The end is before the start.' : `Dates in ${zone}`}</span>
          </div>
        </>
      )}
      {format === 'pdf' && (
        <div className="row">
          <fieldset className="choices"><legend>Paper</legend>
            <label><input type="radio" checked={page === 'a4'} onChange={() => setPage('a4')} /> A4</label>
            <label><input type="radio" checked={page === 'letter'} onChange={() => setPage('letter')} /> Letter</label>
          </fieldset>
          <fieldset className="choices"><legend>Orientation</legend>
            <label><input type="radio" checked={orientation === 'landscape'} onChange={() => setOrientation('landscape')} /> Landscape</label>
            <label><input type="radio" checked={orientation === 'portrait'} onChange={() => setOrientation('portrait')} /> Portrait</label>
          </fieldset>
        </div>
      )}
      {format === 'csv' && <label className="check"><input type="checkbox" checked={bom} onChange={(e) => setBom(e.target.checked)} /> Byte order mark (for Excel)</label>}
      {busy && <div><progress aria-label="Exporting" /> Writing the file… <Elapsed /></div>}
      {problem && <p className="problem" role="alert">{problem}</p>}
      {done && <><SavedNote saved={done.saved} url={done.url} />{done.pages !== undefined && <p>{done.pages} pages.</p>}</>}
    </Modal>
  );
}
