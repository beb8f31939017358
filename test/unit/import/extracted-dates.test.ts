import { describe, expect, it } from 'vitest';
import type { ExtractedEvent, ExtractedStatement } from '../../../shared/extraction';
import { eventDates, statementDate, uncertainFromExtracted } from '../../../src-main/import/extracted-dates';

const event = (patch: Partial<ExtractedEvent>): ExtractedEvent => ({
  id: 'e1', type: 'talks', title: 'Talks', start: null, end: null, precision: null, approximate: false, participants: [],
  location: null, reportedBy: [], evidence: [0, 1], confidence: 1, ...patch,
});
const PUBLISHED = Date.parse('2025-05-08T07:00:00Z');

describe('extracted dates as stored uncertain dates', () => {
  it('reads a date-time at its offset as the wall clock of the article zone', () => {
    expect(uncertainFromExtracted('2025-05-08T18:30:00+03:00', 'minute', false, 'Asia/Jerusalem'))
      .toEqual({ value: '2025-05-08T18:30', precision: 'minute', approximate: false, zone: 'Asia/Jerusalem' });
    // The same instant stated in GMT, for an article read in London (BST, +01:00).
    expect(uncertainFromExtracted('2025-05-08T15:30:00Z', 'minute', false, 'Europe/London').value).toBe('2025-05-08T16:30');
    expect(uncertainFromExtracted('2025-05-08T23:30:00-04:00', 'hour', true, 'Asia/Qatar'))
      .toEqual({ value: '2025-05-09T06:00', precision: 'hour', approximate: true, zone: 'Asia/Qatar' });
  });

  it('keeps a date alone as the same local date, cut to its precision', () => {
    expect(uncertainFromExtracted('2025-05-08', 'day', false, 'Pacific/Auckland')).toMatchObject({ value: '2025-05-08', zone: 'Pacific/Auckland' });
    expect(uncertainFromExtracted('2025-03-01', 'month', false, 'UTC')).toMatchObject({ value: '2025-03', precision: 'month' });
    expect(uncertainFromExtracted('2025-01-01', 'year', false, 'UTC')).toMatchObject({ value: '2025', precision: 'year' });
    expect(uncertainFromExtracted('2025-05-14', 'week', true, 'UTC')).toMatchObject({ value: '2025-05-12', precision: 'week', approximate: true });
  });

  it('gives an event an end only when it reaches past its start unit', () => {
    expect(eventDates(event({ start: '2025-05-12', end: '2025-05-18', precision: 'week', approximate: true }), 'UTC', PUBLISHED))
      .toEqual({ start: { value: '2025-05-12', precision: 'week', approximate: true, zone: 'UTC' }, end: null });
    expect(eventDates(event({ start: '2025-05-01', end: '2025-05-08', precision: 'day', approximate: true }), 'Asia/Gaza', PUBLISHED).end)
      .toEqual({ value: '2025-05-08', precision: 'day', approximate: true, zone: 'Asia/Gaza' });
  });

  it('places undated events and statements around the publication day, in the article zone', () => {
    expect(eventDates(event({}), 'Asia/Tokyo', PUBLISHED)).toEqual({ start: { value: '2025-05-08', precision: 'day', approximate: true, zone: 'Asia/Tokyo' }, end: null });
    const said = { date: null } as ExtractedStatement;
    expect(statementDate(said, 'America/New_York', Date.parse('2025-05-08T02:00:00Z'))).toMatchObject({ value: '2025-05-07', approximate: true });
    expect(statementDate({ ...said, date: '2025-05-06T09:15:00+02:00' }, 'Europe/Berlin', PUBLISHED)).toMatchObject({ value: '2025-05-06T09:15', precision: 'minute' });
    // The extraction's own guess of the report's day stays approximate; a date the article gives does not.
    expect(statementDate({ ...said, date: '2025-05-08', approximate: true }, 'Asia/Tokyo', PUBLISHED)).toMatchObject({ value: '2025-05-08', approximate: true });
    expect(statementDate({ ...said, date: '2025-05-06', approximate: false }, 'Asia/Tokyo', PUBLISHED)).toMatchObject({ value: '2025-05-06', approximate: false });
  });
});
