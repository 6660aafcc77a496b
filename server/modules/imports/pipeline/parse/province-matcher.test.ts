import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ProvinceRef } from '../../../../../shared/reference';
import { createProvinceMatcher } from './province-matcher';

// A tiny reader for data/th-provinces.csv (no quoted fields in it); data/provinces.json is being
// written elsewhere, so the tests do not depend on it.
function loadProvinces(): ProvinceRef[] {
  const text = readFileSync(new URL('../../../../../data/th-provinces.csv', import.meta.url), 'utf8');
  const [, ...lines] = text.trim().split(/\r?\n/);
  return lines.map((line) => {
    const [iso, code, nameTh, nameEn, region] = line.split(',') as [string, string, string, string, string];
    return { iso, code, nameTh, nameEn, region, cluster: null, inMeasure: iso !== 'TH-10' };
  });
}

const provinces = loadProvinces();
const { match } = createProvinceMatcher(provinces);

describe('province matcher: accepted forms', () => {
  it('has all 77 provinces', () => {
    expect(provinces).toHaveLength(77);
  });

  it.each<[string | number, string]>([
    ['อ่างทอง', 'TH-15'],
    [' อ่างทอง ', 'TH-15'],
    ['จ.อ่างทอง', 'TH-15'],
    ['จ. อ่างทอง', 'TH-15'],
    ['จ อ่างทอง', 'TH-15'],
    ['จังหวัดอ่างทอง', 'TH-15'],
    ['จังหวัด อ่างทอง', 'TH-15'],
    ['จว.อ่างทอง', 'TH-15'],
    ['อ่าง ทอง', 'TH-15'],
    ['Ang Thong', 'TH-15'],
    ['angthong', 'TH-15'],
    ['ANG THONG', 'TH-15'],
    ['Ang-Thong', 'TH-15'],
    ['Ang Thong Province', 'TH-15'],
    ['Changwat Ang Thong', 'TH-15'],
    ['TH-15', 'TH-15'],
    ['th15', 'TH-15'],
    ['TH 15', 'TH-15'],
    ['th-๑๕', 'TH-15'],
    ['15', 'TH-15'],
    ['๑๕', 'TH-15'],
    [15, 'TH-15'],
    ['จันทบุรี', 'TH-22'], // starts with จ: not mistaken for the prefix
    ['จ.จันทบุรี', 'TH-22'],
    ['ตราด', 'TH-23'],
    ['Trat', 'TH-23'],
    ['Chon Buri', 'TH-20'],
    ['Chonburi', 'TH-20'],
    ['CHONBURI PROVINCE', 'TH-20'],
    ['Buri Ram', 'TH-31'],
    ['Buriram', 'TH-31'],
    ['Si Sa Ket', 'TH-33'],
    ['Sisaket', 'TH-33'],
    ['Phang Nga', 'TH-82'],
    ['Nong Bua Lamphu', 'TH-39'],
    ['ลําปาง', 'TH-52'], // ํ + า typed for ำ
    ['กำแพงเพชร', 'TH-62'],
    ['กรุงเทพมหานคร', 'TH-10'], // outside the measure, still a province: the caller decides
    ['Bangkok', 'TH-10'],
    ['กรุงเทพฯ', 'TH-10'],
    ['กทม.', 'TH-10'],
    ['TH-10', 'TH-10'],
    ['อยุธยา', 'TH-14'],
    ['Ayutthaya', 'TH-14'],
    ['พระนครศรีอยุธยา', 'TH-14'],
    ['โคราช', 'TH-30'],
    ['Korat', 'TH-30'],
  ])('%o → %s', (raw, iso) => {
    expect(match(raw)).toEqual({ ok: true, iso });
  });

  it('matches every province by Thai name, English name, ISO code and 2-digit code', () => {
    for (const p of provinces) {
      for (const form of [p.nameTh, `จังหวัด${p.nameTh}`, p.nameEn, p.nameEn.replace(/ /g, '').toUpperCase(), p.iso, p.code]) {
        expect(match(form), form).toEqual({ ok: true, iso: p.iso });
      }
    }
  });
});

describe('province matcher: unknown names', () => {
  it.each([
    ['ตรวด', 'TH-23', 'ไม่พบจังหวัด "ตรวด" หมายถึง ตราด ใช่หรือไม่', 'Unknown province "ตรวด". Did you mean ตราด (Trat)?'],
    ['อุตรธานี', 'TH-41', 'ไม่พบจังหวัด "อุตรธานี" หมายถึง อุดรธานี ใช่หรือไม่', 'Unknown province "อุตรธานี". Did you mean อุดรธานี (Udon Thani)?'],
    ['พิชณุโลก', 'TH-65', 'ไม่พบจังหวัด "พิชณุโลก" หมายถึง พิษณุโลก ใช่หรือไม่', 'Unknown province "พิชณุโลก". Did you mean พิษณุโลก (Phitsanulok)?'],
    ['จ.พิชณุโลก', 'TH-65', 'ไม่พบจังหวัด "จ.พิชณุโลก" หมายถึง พิษณุโลก ใช่หรือไม่', 'Unknown province "จ.พิชณุโลก". Did you mean พิษณุโลก (Phitsanulok)?'],
    ['Phitsanulock', 'TH-65', 'ไม่พบจังหวัด "Phitsanulock" หมายถึง พิษณุโลก ใช่หรือไม่', 'Unknown province "Phitsanulock". Did you mean Phitsanulok (พิษณุโลก)?'],
    ['Chonburri', 'TH-20', 'ไม่พบจังหวัด "Chonburri" หมายถึง ชลบุรี ใช่หรือไม่', 'Unknown province "Chonburri". Did you mean Chon Buri (ชลบุรี)?'],
  ])('%s → suggests %s first', (raw, iso, th, en) => {
    const r = match(raw);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('PROVINCE_UNKNOWN');
    expect(r.error.suggestions[0]?.iso).toBe(iso);
    expect(r.error.suggestions.length).toBeLessThanOrEqual(3);
    expect(r.error.th).toBe(th);
    expect(r.error.en).toBe(en);
  });

  it('gives suggestions with both names', () => {
    const r = match('ตรวด');
    expect(!r.ok && r.error.suggestions[0]).toEqual({ iso: 'TH-23', nameTh: 'ตราด', nameEn: 'Trat' });
  });

  it.each([
    ['อุตรธานี', ['อุดรธานี', 'อุทัยธานี', 'อุบลราชธานี']],
    ['ตรวด', ['ตราด']],
    ['สมุทรสาคราม', ['สมุทรสงคราม', 'สมุทรสาคร']],
    ['Lob Buri', ['ลพบุรี', 'ชลบุรี']],
  ])('ranks suggestions for %s by edit distance, at most 3', (raw, names) => {
    const r = match(raw);
    expect(!r.ok && r.error.suggestions.map((s) => s.nameTh)).toEqual(names);
  });

  it.each([
    ['อุบล', 'TH-34'],
    ['Ubon', 'TH-34'],
    ['จ.นครศรี', 'TH-80'],
  ])('suggests provinces whose name starts with %s', (raw, iso) => {
    const r = match(raw);
    expect(!r.ok && r.error.suggestions[0]?.iso).toBe(iso);
  });

  it('names every equally close province in the message', () => {
    const r = match('สิงบุรี'); // two edits from both สิงห์บุรี (ห์ missing) and สระบุรี
    expect(!r.ok && r.error.th).toBe('ไม่พบจังหวัด "สิงบุรี" หมายถึง สิงห์บุรี หรือ สระบุรี ใช่หรือไม่');
    expect(!r.ok && r.error.en).toBe('Unknown province "สิงบุรี". Did you mean สิงห์บุรี (Sing Buri) or สระบุรี (Saraburi)?');
    const tied = match('Samut');
    expect(!tied.ok && tied.error.suggestions.map((s) => s.iso)).toEqual(['TH-11', 'TH-74', 'TH-75']);
    expect(!tied.ok && tied.error.th).toBe('ไม่พบจังหวัด "Samut" หมายถึง สมุทรปราการ หรือ สมุทรสาคร หรือ สมุทรสงคราม ใช่หรือไม่');
    expect(!tied.ok && tied.error.en).toBe(
      'Unknown province "Samut". Did you mean Samut Prakan (สมุทรปราการ) or Samut Sakhon (สมุทรสาคร) or Samut Songkhram (สมุทรสงคราม)?',
    );
  });

  it.each([['xyz'], ['Atlantis'], ['เมืองลับแล'], ['TH-99'], ['99'], ['5'], [''], ['จังหวัด']])(
    '%o → no suggestions, with guidance',
    (raw) => {
      const r = match(raw);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.code).toBe('PROVINCE_UNKNOWN');
      expect(r.error.suggestions).toEqual([]);
      expect(r.error.th).toContain('TH-15');
      expect(r.error.en).toContain('TH-15');
    },
  );
});
