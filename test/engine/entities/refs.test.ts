import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { formatRef, isKebabCase, parseRef } from '../../../src/engine/entities/refs';

describe('source refs', () => {
  const valid: Array<[raw: string, source: string, paragraph: number | null]> = [
    ['report#p3', 'report', 3],
    ['report#p12', 'report', 12],
    ['report', 'report', null],
    ['ap-wire-2025#p1', 'ap-wire-2025', 1],
    // A hyphen is part of an id: this names the source `report-p3`, which the loader then checks.
    ['report-p3', 'report-p3', null],
  ];
  for (const [raw, source, paragraph] of valid) {
    it(`reads ${raw}`, () => {
      assert.deepEqual(parseRef(raw), { source, paragraph, raw });
      assert.equal(formatRef({ source, paragraph }), raw);
    });
  }

  const invalid = ['', '#p3', 'report#', 'report#3', 'report#p0', 'report#p03', 'report#p1234567', 'Report#p3', 'report#p3#p4', 'report #p3', 'report#p3 ', 'my_report#p1', '-report'];
  for (const raw of invalid) {
    it(`refuses ${JSON.stringify(raw)}`, () => assert.equal(parseRef(raw), null));
  }

  it('knows kebab-case ids', () => {
    for (const id of ['a', 'rustem-umerov', 'g7', 'u-s']) assert.ok(isKebabCase(id), id);
    for (const id of ['', 'A', 'rustem--umerov', '-a', 'a-', 'a_b', 'a b', '__proto__']) assert.ok(!isKebabCase(id), id);
  });
});
