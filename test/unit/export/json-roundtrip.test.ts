import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importProjectJson } from '../../../src-main/data-import/json';
import { exportProjectJson } from '../../../src-main/export/json';
import { fillRichProject, fillRtlProject } from '../../fixtures/export-projects';
import { createProject } from '../helpers';

/** An export without the moment it was made, which is all that may differ between two exports. */
const comparable = (store: Parameters<typeof exportProjectJson>[0]) => {
  const { exportedAt: _exportedAt, ...rest } = exportProjectJson(store);
  return rest;
};

describe('Parley JSON round trip', () => {
  for (const [name, fill] of [['a project with every kind of link', fillRichProject], ['a project in Arabic and Hebrew', fillRtlProject]] as const) {
    it(`imports ${name} into a new project as the same project`, () => {
      const original = createProject('a.parley');
      fill(original);
      const text = JSON.stringify(exportProjectJson(original));
      const copy = createProject('b.parley');
      const counts = importProjectJson(copy, text);
      expect(counts.events).toBe(original.counts().events);
      expect(comparable(copy)).toEqual(comparable(original));
      // The ids are kept, so citations and links point where they did.
      expect(copy.listCitations({}).map((c) => c.id)).toEqual(original.listCitations({}).map((c) => c.id));
    });
  }

  it('is one undo step', () => {
    const original = createProject('a.parley');
    fillRichProject(original);
    const copy = createProject('b.parley');
    importProjectJson(copy, JSON.stringify(exportProjectJson(original)));
    copy.undo();
    expect(copy.counts()).toEqual({ actors: 0, events: 0, statements: 0, sources: 0 });
    copy.redo();
    expect(comparable(copy)).toEqual(comparable(original));
  });

  it('refuses a second import of the same file, and bad files, writing nothing', () => {
    const original = createProject('a.parley');
    fillRichProject(original);
    const text = JSON.stringify(exportProjectJson(original));
    const copy = createProject('b.parley');
    importProjectJson(copy, text);
    const before = comparable(copy);
    const size = fs.statSync(copy.file).size;
    expect(() => importProjectJson(copy, text)).toThrow(/already holds .* imported before/);
    expect(() => importProjectJson(copy, '{"format": "parley-project"')).toThrow(/nothing was written.*not valid JSON/);
    expect(() => importProjectJson(copy, JSON.stringify({ format: 'something-else', version: 1 }))).toThrow(/not a Parley project export/);
    expect(() => importProjectJson(copy, JSON.stringify({ format: 'parley-project', version: 99 }))).toThrow(/newer Parley/);
    const broken = JSON.parse(text);
    broken.events.find((e: { participants: unknown[] }) => e.participants.length).participants[0].actorId = 'ac_missing';
    const fresh = createProject('c.parley');
    expect(() => importProjectJson(fresh, JSON.stringify(broken))).toThrow(/nothing was written.*ac_missing/);
    expect(fresh.counts()).toEqual({ actors: 0, events: 0, statements: 0, sources: 0 });
    expect(comparable(copy)).toEqual(before);
    expect(fs.statSync(copy.file).size).toBe(size);
  });

  it('rolls back everything when the store refuses one entity late in the file', () => {
    const original = createProject('a.parley');
    fillRichProject(original);
    const doc = JSON.parse(JSON.stringify(exportProjectJson(original)));
    doc.citations[doc.citations.length - 1].end = 10_000; // past the end of its source's text
    const copy = createProject('b.parley');
    expect(() => importProjectJson(copy, JSON.stringify(doc))).toThrow(/nothing was written.*outside the source/);
    expect(copy.counts()).toEqual({ actors: 0, events: 0, statements: 0, sources: 0 });
    expect(copy.history.state().canUndo).toBe(false);
  });
});
