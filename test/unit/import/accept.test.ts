import { describe, expect, it } from 'vitest';
import type { ImportArticle, ImportProposals, ImportResult } from '../../../shared/api/import';
import { CAIRO_PUBLISHED, CAIRO_STORY, importSession } from './helpers';

type Proposed = { article: ImportArticle; proposals: ImportProposals };

async function proposed() {
  const s = await importSession();
  const haddad = s.person('Karim Haddad');
  const egypt = s.government('Egypt');
  const { article, proposals } = await s.ok<Proposed>('import.propose', { text: CAIRO_STORY, ...CAIRO_PUBLISHED });
  return { ...s, haddad, egypt, article, proposals };
}

describe('import.accept', () => {
  it('stores the source, the kept entries and citations that quote the words they came from', async () => {
    const { ok, store, haddad, egypt, article, proposals } = await proposed();
    const kept = { ...proposals, statements: proposals.statements.filter((s) => !s.direct) };
    const result = await ok<ImportResult>('import.accept', { article, ...kept });

    const source = store.getSource(result.sourceId);
    expect(source).toMatchObject({ text: CAIRO_STORY, zone: 'Africa/Cairo', published: article.published });
    const quoteOf = (type: 'actor' | 'event' | 'statement', id: string) =>
      store.listCitations({ entityType: type, entityId: id }).map((c) => source.text.slice(c.start, c.end));

    expect(result.counts).toMatchObject({ events: proposals.events.length, statements: kept.statements.length, merged: 0 });
    const talks = store.getEvent(result.eventIds[proposals.events.findIndex((e) => e.type === 'talks')]);
    expect(talks).toMatchObject({ type: 'talks', location: 'Cairo', start: { value: '2025-05-06', precision: 'day', zone: 'Africa/Cairo' }, end: null });
    const names = talks.participants.map((p) => store.getActor(p.actorId).name);
    expect(names).toEqual(expect.arrayContaining(['Egypt', 'Qatar', 'Israel', 'Hamas']));
    expect(talks.participants.find((p) => p.actorId === egypt.id)).toBeDefined();
    expect(quoteOf('event', talks.id)).toEqual([expect.stringContaining('hosted Israeli and Hamas negotiators in Cairo on Tuesday')]);

    // The rejected direct quote is not stored; each kept statement cites the sentence it came from.
    expect(store.listStatements().map((s) => s.text)).not.toContain('We are not there yet, but we are closer');
    for (const id of result.statementIds) expect(quoteOf('statement', id)[0]).toContain(store.getStatement(id).text);
    expect(store.getStatement(result.statementIds[0])).toMatchObject({ speakerId: haddad.id, date: { value: '2025-05-08', approximate: true } });

    // New actors cite their first mention; existing ones learned the names the article used for them.
    const qatar = store.listActors().find((a) => a.name === 'Qatar')!;
    expect(quoteOf('actor', qatar.id)).toEqual(['Qatari']);
    expect(store.getActor(haddad.id).aliases).toEqual(['Haddad']);
    expect(store.getActor(egypt.id).aliases).toEqual(['Egyptian']);
    expect(result.counts.aliases).toBe(2);
    expect(quoteOf('actor', haddad.id)).toEqual([]);
  });

  it('adds the source to an existing matching event instead of creating a twin', async () => {
    const { ok, store, egypt, article, proposals } = await proposed();
    // Proposed again, now that the project holds talks in Cairo that day with Egypt, and a visit the same day.
    const existing = store.createEvent({
      type: 'talks', title: 'Cairo ceasefire round', description: '', location: '', tags: [],
      start: { value: '2025-05-06', precision: 'day', approximate: false, zone: 'Africa/Cairo' }, end: null,
      participants: [{ actorId: egypt.id, role: 'mediator' }],
    });
    store.createEvent({ ...existing, type: 'visit', title: 'Egyptian visit' });
    const again = await ok<Proposed>('import.propose', { text: CAIRO_STORY, ...CAIRO_PUBLISHED });
    const talks = again.proposals.events.find((e) => e.type === 'talks')!;
    expect(talks.mergeWithId).toBe(existing.id);
    expect(proposals.events.find((e) => e.type === 'talks')!.mergeWithId).toBeUndefined();

    const result = await ok<ImportResult>('import.accept', { article, ...again.proposals });
    expect(store.listEvents({ types: ['talks'] }).map((e) => e.id)).toEqual([existing.id]);
    expect(result.eventIds).toContain(existing.id);
    expect(result.counts.merged).toBeGreaterThanOrEqual(1);
    const merged = store.getEvent(existing.id);
    expect(merged.title).toBe('Cairo ceasefire round');
    expect(merged.participants[0]).toEqual({ actorId: egypt.id, role: 'mediator' });
    expect(merged.participants.map((p) => store.getActor(p.actorId).name)).toEqual(expect.arrayContaining(['Qatar', 'Israel', 'Hamas']));
    expect(store.listCitations({ entityType: 'event', entityId: existing.id }).map((c) => c.sourceId)).toEqual([result.sourceId]);
  });

  it('undoes the whole import in one step, and redoes it', async () => {
    const { ok, store, haddad, article, proposals, snapshot } = await proposed();
    const before = snapshot();
    const result = await ok<ImportResult>('import.accept', { article, ...proposals });
    expect(store.history.state().undoLabel).toBe(`Import ${article.title}`);
    await ok('history.undo', {});
    expect(snapshot()).toBe(JSON.stringify({ ...JSON.parse(before), history: store.history.state() }));
    expect(store.counts()).toEqual({ actors: 2, events: 0, statements: 0, sources: 0 });
    expect(store.getActor(haddad.id).aliases).toEqual([]);
    await ok('history.redo', {});
    expect(store.getSource(result.sourceId).text).toBe(CAIRO_STORY);
    expect(store.listCitations({ sourceId: result.sourceId }).length).toBe(result.counts.citations);
  });

  it('files a new person under their country, new or in the project, and leaves the project’s actors where they are', async () => {
    const s = await importSession();
    const israel = s.government('Israel');
    const text = 'DOHA, May 8 (Nile Wire) - Israeli Prime Minister Daniel Avner met Qatari Prime Minister Yusuf Al-Hamadi in Doha on Tuesday.';
    const { article, proposals } = await s.ok<Proposed>('import.propose', { text, ...CAIRO_PUBLISHED });
    const proposal = (name: string) => proposals.actors.find((a) => a.name === name)!;
    expect(proposal('Daniel Avner').affiliation).toBe(israel.id);
    expect(proposal('Yusuf Al-Hamadi').affiliation).toBe(proposal('Qatar').id);
    expect(proposal('Israel').affiliation).toBeUndefined();

    const result = await s.ok<ImportResult>('import.accept', { article, ...proposals });
    const stored = (name: string) => s.store.listActors().find((a) => a.name === name)!;
    expect(stored('Daniel Avner').parentId).toBe(israel.id);
    expect(stored('Yusuf Al-Hamadi').parentId).toBe(stored('Qatar').id);
    expect(s.store.getActor(israel.id).parentId).toBeNull();
    expect(result.counts.actors).toBe(3);

    // Qatar rejected: its minister stays at the top level; a loop the review made (A under B, B under A) is not followed.
    const again = await importSession();
    const kept = proposals.actors.filter((a) => a.name !== 'Qatar').map((a) => ({ ...a, existingId: undefined }));
    const avner = kept.find((a) => a.name === 'Daniel Avner')!, hamadi = kept.find((a) => a.name === 'Yusuf Al-Hamadi')!;
    Object.assign(avner, { affiliation: hamadi.id });
    Object.assign(hamadi, { affiliation: avner.id });
    await again.ok<ImportResult>('import.accept', { article, ...proposals, actors: kept, events: [], statements: [] });
    const parents = again.store.listActors().map((a) => [a.name, a.parentId && again.store.getActor(a.parentId).name]);
    expect(parents).toEqual(expect.arrayContaining([['Daniel Avner', 'Yusuf Al-Hamadi'], ['Yusuf Al-Hamadi', null]]));
  });

  it('finds or adds the outlet, which reports every statement', async () => {
    const { ok, store, article, proposals } = await proposed();
    const first = await ok<ImportResult>('import.accept', { article: { ...article, outletName: 'Nile Wire' }, actors: [], events: [], statements: proposals.statements });
    const outlet = store.getSource(first.sourceId).outletId!;
    expect(store.getActor(outlet)).toMatchObject({ name: 'Nile Wire', kind: 'media' });
    for (const id of first.statementIds) expect(store.getStatement(id).outletIds).toContain(outlet);
    const second = await ok<ImportResult>('import.accept', { article: { ...article, outletName: 'nile wire' }, actors: [], events: [], statements: [] });
    expect(store.getSource(second.sourceId).outletId).toBe(outlet);
  });

  it('refuses a citation outside the article and writes nothing', async () => {
    const { dispatch, article, proposals, snapshot } = await proposed();
    const before = snapshot();
    const events = proposals.events.map((e) => ({ ...e, evidence: [0, CAIRO_STORY.length + 10] }));
    const r = await dispatch('import.accept', { article, ...proposals, events });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/outside the source/) } });
    expect(snapshot()).toBe(before);
  });
});
