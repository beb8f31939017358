import { describe, expect, it } from 'vitest';
import { exportTimelineJs } from '../../../src-main/export/timelinejs';
import { fillHostileProject, fillRichProject } from '../../fixtures/export-projects';
import { createProject } from '../helpers';

describe('TimelineJS export', () => {
  it('has the shape TimelineJS3 reads: a title slide and dated events with ids and groups', () => {
    const store = createProject();
    fillRichProject(store);
    const doc = exportTimelineJs(store);
    expect(doc.title.text.headline).toBe('Orlan valley talks, spring round');
    // The undated statement has no place on a TimelineJS timeline.
    expect(doc.events).toHaveLength(4);
    for (const slide of doc.events) {
      expect(Object.keys(slide)).toEqual(expect.arrayContaining(['start_date', 'text', 'group', 'unique_id']));
      expect(typeof slide.start_date.year).toBe('number');
      expect(slide.unique_id).toMatch(/^(ev|st)_/);
    }
    const geneva = doc.events.find((e) => e.text.headline === 'Geneva round')!;
    expect(geneva.start_date).toMatchObject({ year: 2026, month: 3, day: 2, display_date: '2 Mar 2026' });
    expect(geneva.start_date).not.toHaveProperty('hour');
    expect(geneva.end_date).toMatchObject({ year: 2026, month: 3, day: 4 });
    expect(geneva.group).toBe('Talks');
    const cabinet = doc.events.find((e) => e.text.headline === 'Cabinet reviews the draft')!;
    expect(cabinet.start_date).toMatchObject({ year: 2026, month: 3, day: 5, hour: 18, minute: 30 });
    const month = doc.events.find((e) => e.group === 'Visits')!;
    expect(month.start_date).toEqual({ year: 2026, month: 3, display_date: 'c. March 2026' });
    const quote = doc.events.find((e) => e.group === 'Statements')!;
    expect(quote.text).toEqual({ headline: 'United Nations', text: '<p>“We are close”</p><p>Reported by Meridian Wire</p>' });
  });

  it('escapes markup, because TimelineJS renders headline and text as HTML', () => {
    const store = createProject();
    fillHostileProject(store);
    const doc = exportTimelineJs(store);
    const text = JSON.stringify(doc);
    expect(text).not.toContain('<script>');
    expect(text).not.toContain('<img');
    expect(doc.events[0].text.headline).toBe('&lt;script&gt;document.title=&quot;pwned&quot;&lt;/script&gt;&lt;b&gt;Bold&lt;/b&gt; talks');
  });
});
