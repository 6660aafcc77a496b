import { describe, expect, it } from 'vitest';
import { roundOfPath, searchProvinces } from './province-search';

const list = [
  { iso: 'TH-15', code: '15', nameTh: 'อ่างทอง', nameEn: 'Ang Thong' },
  { iso: 'TH-20', code: '20', nameTh: 'ชลบุรี', nameEn: 'Chon Buri' },
  { iso: 'TH-50', code: '50', nameTh: 'เชียงใหม่', nameEn: 'Chiang Mai' },
  { iso: 'TH-57', code: '57', nameTh: 'เชียงราย', nameEn: 'Chiang Rai' },
  { iso: 'TH-14', code: '14', nameTh: 'พระนครศรีอยุธยา', nameEn: 'Phra Nakhon Si Ayutthaya' },
];
const isos = (q: string) => searchProvinces(list, q).map((p) => p.iso);

describe('searchProvinces', () => {
  it('finds by Thai name, from its start or inside it', () => {
    expect(isos('อ่าง')).toEqual(['TH-15']);
    expect(isos('เชียง')).toEqual(['TH-57', 'TH-50']); // Thai order: เชียงราย before เชียงใหม่
    expect(isos('อยุธยา')).toEqual(['TH-14']);
  });
  it('finds by English name ignoring case and spaces', () => {
    expect(isos('angthong')).toEqual(['TH-15']);
    expect(isos('CHIANG m')).toEqual(['TH-50']);
  });
  it('finds by ISO code or its number, the exact code first', () => {
    expect(isos('TH-15')).toEqual(['TH-15']);
    expect(isos('th15')).toEqual(['TH-15']);
    expect(isos('20')).toEqual(['TH-20']);
  });
  it('finds nothing for an empty or unknown query', () => {
    expect(isos('')).toEqual([]);
    expect(isos('กรุงเทพ')).toEqual([]);
  });
});

describe('roundOfPath', () => {
  it.each([
    ['/overview/2566/6', { year: 2566, round: 6 }],
    ['/provinces/2565/12/TH-15', { year: 2565, round: 12 }],
    ['/watchlist/2566/6', { year: 2566, round: 6 }],
    ['/import', null],
    ['/', null],
  ])('%s', (path, expected) => expect(roundOfPath(path)).toEqual(expected));
});
