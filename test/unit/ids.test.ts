// Entity ids: a batch numbers its ids in order, so they sort by creation and append to the id index.
import { describe, expect, it } from 'vitest';
import { newId, newIds } from '../../src-main/store/ids';

describe('new ids', () => {
  it('number a batch with consecutive serials, across a 65,536 boundary, in the form of single ids', () => {
    const ids = newIds('ev', 140_000);
    const serial = (id: string) => parseInt(id.slice(-8), 16);
    expect(ids.every((id) => /^ev_[0-9a-f]{19}$/.test(id))).toBe(true);
    expect(ids.every((id, i) => serial(id) === serial(ids[0]) + i && id.slice(0, -8) === ids[0].slice(0, -8))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(newId('ac')).toMatch(/^ac_[0-9a-f]{19}$/);
  });
});
