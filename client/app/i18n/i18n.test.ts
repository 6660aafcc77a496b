import { describe, expect, it } from 'vitest';
import { en } from './en';
import { makeI18n } from './index';
import { th } from './th';

const keys = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));

describe('dictionaries', () => {
  it('English has every Thai key (regions excepted: their keys are the English names)', () => {
    const thKeys = keys(th).filter((k) => !k.startsWith('regions.'));
    const enKeys = keys(en);
    expect(thKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
  });
});

describe('makeI18n', () => {
  it('prints numbers in the chosen digits, Thai digits only for Thai readers', () => {
    expect(makeI18n('th', 'thai').num(449.21)).toBe('๔๔๙.๒๑');
    expect(makeI18n('th', 'arabic').num(1234567.5)).toBe('1,234,567.5');
    expect(makeI18n('en', 'thai').num(449.21)).toBe('449.21');
    expect(makeI18n('th', 'thai').digitsOf(2566)).toBe('๒๕๖๖');
  });

  it('labels statuses, levels, groups and regions from one source', () => {
    const i = makeI18n('th', 'arabic');
    expect(i.status('notReported')).toBe('ไม่รายงานผล');
    expect(i.level('std')).toBe('ผ่านค่าเป้าหมายมาตรฐาน');
    expect(i.group('economic')).toBe('เศรษฐกิจ');
    expect(i.region('Northeastern')).toBe('ภาคตะวันออกเฉียงเหนือ');
    expect(makeI18n('en', 'arabic').region('Northeastern')).toBe('Northeastern');
  });

  it('dates: Buddhist Era in Thai (with Thai digits when chosen), Christian era in English', () => {
    const d = new Date('2023-06-19T02:30:00Z'); // 09:30 in Bangkok, whatever the machine's time zone
    expect(makeI18n('th', 'arabic').date(d)).toBe('19 มิ.ย. 2566 09:30');
    expect(makeI18n('th', 'thai').date(d)).toBe('๑๙ มิ.ย. ๒๕๖๖ ๐๙:๓๐');
    expect(makeI18n('en', 'arabic').date(d)).toBe('19 Jun 2023 09:30');
  });
});
