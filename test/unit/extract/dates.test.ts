import { describe, expect, it } from 'vitest';
import { findDates, makeClock } from '../../../src-main/extract/dates';
import { extractArticle } from '../../../src-main/extract';

function dates(sentence: string, published: string, zone?: string) {
  return findDates(sentence, 0, sentence.length, makeClock(published, zone)).map((d) => ({
    text: sentence.slice(d.start, d.end),
    from: d.from,
    to: d.to,
    precision: d.precision,
    approximate: d.approximate,
  }));
}

// 2025-05-08 is a Thursday.
describe('date resolution', () => {
  it('puts a bare weekday in the past for a past-tense clause and in the future for a future one', () => {
    expect(dates('They met on Tuesday.', '2025-05-08', 'Asia/Jerusalem')[0].from).toBe('2025-05-06');
    expect(dates('They will meet on Tuesday.', '2025-05-08', 'Asia/Jerusalem')[0].from).toBe('2025-05-13');
    expect(dates('The talks are expected to resume on Sunday.', '2025-05-08')[0].from).toBe('2025-05-11');
  });

  it('judges tense by the date’s own clause, not the whole sentence', () => {
    const [d] = dates('Talks will resume next week, the negotiator said on Sunday.', '2025-05-08').filter((x) => x.text.includes('Sunday'));
    expect(d.from).toBe('2025-05-04');
  });

  it('puts a month and day without a year on the side of publication the tense says', () => {
    expect(dates('The previous round was held on December 20.', '2025-01-10')[0].from).toBe('2024-12-20');
    expect(dates('The next round will be held on January 5.', '2024-12-20')[0].from).toBe('2025-01-05');
  });

  it('reads "the week of 14 July" as the week holding that day', () => {
    expect(dates('Officials will meet in the week of 14 July to restart talks.', '2025-07-02', 'Australia/Sydney').map((d) => [d.from, d.to, d.precision]))
      .toEqual([['2025-07-14', '2025-07-20', 'week']]);
    expect(dates('They met in the week of 9 May.', '2025-05-20', 'UTC').map((d) => [d.from, d.to])).toEqual([['2025-05-05', '2025-05-11']]);
  });

  it('reads British and US full dates the same way', () => {
    expect(dates('on 3 March 2024', '2025-05-08')[0]).toMatchObject({ from: '2024-03-03', precision: 'day' });
    expect(dates('on March 3, 2024', '2025-05-08')[0]).toMatchObject({ from: '2024-03-03', precision: 'day' });
  });

  it('keeps clock times as date-times with the article zone’s offset, including summer time', () => {
    expect(dates('convene at 6:30 p.m. local time', '2025-05-08', 'Asia/Jerusalem')[0]).toMatchObject({ from: '2025-05-08T18:30:00+03:00', precision: 'minute' });
    expect(dates('convene at 6:30 p.m. local time', '2025-01-08', 'Asia/Jerusalem')[0].from).toBe('2025-01-08T18:30:00+02:00');
  });

  it('converts a GMT stamp into the article zone', () => {
    expect(dates('23:30 GMT', '2024-05-07', 'Asia/Qatar')[0].from).toBe('2024-05-08T02:30:00+03:00');
  });

  it('resolves "yesterday" on the local calendar of an early-morning release, not on UTC', () => {
    // 06:15 in Sydney is still the previous evening in UTC.
    expect(dates('The ministers met yesterday.', '2024-06-12T06:15:00+10:00', 'Australia/Sydney')[0].from).toBe('2024-06-11');
  });

  it('turns durations and weeks into approximate ranges', () => {
    expect(dates('talks have been going on for days', '2025-05-08')[0]).toMatchObject({ from: '2025-05-01', to: '2025-05-08', approximate: true });
    expect(dates('they will meet next week', '2025-05-08')[0]).toMatchObject({ from: '2025-05-12', to: '2025-05-18', precision: 'week', approximate: true });
    expect(dates('in the coming days', '2025-05-08')[0]).toMatchObject({ from: '2025-05-08', approximate: true });
  });

  it('gives month-only timeline entries month precision', () => {
    expect(dates('March 2023 - A second round is held in Mexico City.', '2024-06-02')[0]).toMatchObject({ from: '2023-03-01', to: '2023-03-31', precision: 'month' });
  });
});

describe('event dates in context', () => {
  it('dates an ongoing event from a later "for days" sentence', () => {
    const text = 'Negotiators from Qatar and Egypt are holding talks with Hamas.\n\nThese talks have been going on for days.';
    const [event] = extractArticle(text, { published: '2025-05-08', timezone: 'Asia/Jerusalem' }).events;
    expect(event).toMatchObject({ type: 'talks', approximate: true, end: '2025-05-08' });
    expect(event.start! <= '2025-05-05').toBe(true);
  });

  it('takes a live-blog stamp as the date of what its entry reports', () => {
    const text = '14:05 GMT\nQatar said Hamas negotiators met Egyptian officials in Doha.';
    const result = extractArticle(text, { published: '2024-05-07T16:40:00Z', timezone: 'Asia/Qatar' });
    expect(result.statements[0].date).toBe('2024-05-07T17:05:00+03:00');
    expect(result.events[0].start).toBe('2024-05-07');
  });
});
