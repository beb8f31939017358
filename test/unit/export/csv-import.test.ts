import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guessMapping, importCsv, previewCsv } from '../../../src-main/data-import/csv';
import { exportCsv } from '../../../src-main/export/csv';
import { fillRichProject } from '../../fixtures/export-projects';
import { actor, createProject } from '../helpers';

const SHEET = [
  'When,Headline,Who,Notes,Kind,Said by,Reported by',
  '2026-05-08,Doha round,"Qatar (mediator); Hamas",First round,event,,',
  '"c. May 2026",,,"""We will not sign"", he said",statement,Khalil,Gulf Wire',
  '2026-05-09 18:30,Cabinet meets,Israel,,event,,',
].join('\r\n');

describe('CSV import', () => {
  it('previews the first rows and guesses the mapping from the header', () => {
    const preview = previewCsv(SHEET);
    expect(preview.columns).toEqual(['When', 'Headline', 'Who', 'Notes', 'Kind', 'Said by', 'Reported by']);
    expect(preview.total).toBe(3);
    expect(preview.rows[0][1]).toBe('Doha round');
    expect(preview.mapping).toMatchObject({ start: 0, title: 1, kind: 4, outlets: 6 });
  });

  it('imports mapped rows as events and statements, matching and adding actors, as one undo step', () => {
    const store = createProject();
    store.updateSettings({ displayZone: 'Asia/Qatar' });
    const qatar = store.createActor({ name: 'State of Qatar', kind: 'government', aliases: ['Qatar'], parentId: null, color: null, notes: '', tags: [] });
    const mapping = { start: 0, title: 1, participants: 2, text: 3, kind: 4, speaker: 5, outlets: 6 };
    const counts = importCsv(store, SHEET, mapping);
    expect(counts).toMatchObject({ events: 2, statements: 1, actors: 4 }); // Hamas, Khalil, Gulf Wire, Israel
    const [doha, cabinet] = store.listEvents();
    expect(doha).toMatchObject({ title: 'Doha round', description: 'First round', type: 'other', start: { value: '2026-05-08', precision: 'day', zone: 'Asia/Qatar' } });
    expect(doha.participants[0]).toEqual({ actorId: qatar.id, role: 'mediator' });
    expect(cabinet.start).toMatchObject({ value: '2026-05-09T18:30', precision: 'minute' });
    const [said] = store.listStatements();
    expect(said).toMatchObject({ text: '"We will not sign", he said', date: { value: '2026-05', precision: 'month', approximate: true } });
    const names = new Map(store.listActors().map((a) => [a.id, a]));
    expect(names.get(said.speakerId!)?.name).toBe('Khalil');
    expect(names.get(said.outletIds[0])).toMatchObject({ name: 'Gulf Wire', kind: 'media' });
    expect(store.history.state().undoLabel).toBe('Import 3 rows from CSV');
    store.undo();
    expect(store.counts()).toMatchObject({ events: 0, statements: 0, actors: 1 });
  });

  it('reads back its own CSV export through the guessed mapping', () => {
    const original = createProject('a.parley');
    fillRichProject(original);
    const { text } = exportCsv(original);
    const copy = createProject('b.parley');
    copy.updateSettings({ displayZone: 'Asia/Jerusalem' });
    importCsv(copy, text, guessMapping(previewCsv(text).columns));
    const strip = (e: { start: unknown; end: unknown; title: string; type: string; description: string; location: string }) =>
      ({ start: e.start, end: e.end, title: e.title, type: e.type, description: e.description, location: e.location });
    expect(copy.listEvents().map(strip)).toEqual(original.listEvents().map(strip));
    expect(copy.listStatements().map((s) => [s.text, s.direct, s.hedged, s.date])).toEqual(original.listStatements().map((s) => [s.text, s.direct, s.hedged, s.date]));
  });

  it('refuses the whole file, naming the rows, when rows are wrong; nothing is written', () => {
    const store = createProject();
    actor(store, 'Qatar');
    const size = fs.statSync(store.file).size;
    const bad = 'date,title,text\r\n2026-05-08,Fine,\r\nnext Tuesday,Vague,\r\n,,\r\n2026-02-30,Impossible,\r\n';
    expect(() => importCsv(store, bad, { start: 0, title: 1, text: 2 }))
      .toThrow(/nothing was written.*row 3: "next Tuesday" is not a date.*row 5: "2026-02-30" is not a date/);
    expect(() => importCsv(store, 'a,b\r\n1,2\r\n', { title: 0 })).toThrow(/start date/);
    expect(() => importCsv(store, 'a,b\r\n1,2\r\n', { start: 0, title: 5 })).toThrow(/columns the file does not have \(title\)/);
    expect(() => importCsv(store, '', { start: 0, title: 1 })).toThrow(/empty/);
    expect(() => importCsv(store, 'date,title,zone\r\n2026-01-01,A,Mars/Olympus\r\n', { start: 0, title: 1, zone: 2 })).toThrow(/row 2: "Mars\/Olympus" is not a time zone/);
    expect(store.counts()).toMatchObject({ events: 0, statements: 0, actors: 1 });
    expect(store.history.state().undoLabel).toBe('Add Qatar');
    expect(fs.statSync(store.file).size).toBe(size);
  });
});
