import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLetter, LetterSender, LetterTemplate, type LetterInput } from './model';

const template = LetterTemplate.parse(JSON.parse(readFileSync(join(__dirname, '../../../data/letters/fy2566.json'), 'utf8')));
const sender = LetterSender.parse({ ...template.sender, signerName: 'นางสาวทดสอบ ลงนาม', signerPosition: 'รองเลขาธิการ ก.พ.ร. ปฏิบัติราชการแทนเลขาธิการ ก.พ.ร.' });
const notice: LetterInput['notice'] = {
  year: 2566,
  round: 6,
  province: { iso: 'TH-15', nameTh: 'อ่างทอง', nameEn: 'Ang Thong' },
  counts: { items: 10, components: 2, byStatus: { notReported: 0, belowMin: 4, metMin: 3, pending: 3 } },
};
const input = (over: Partial<LetterInput> = {}): LetterInput => ({
  template,
  sender,
  notice,
  stamp: { state: 'issued', issuedAt: '2023-06-19T03:30:00Z' },
  sequence: 15,
  today: '2024-01-02T00:00:00Z',
  digits: 'thai',
  ...over,
});

describe('buildLetter', () => {
  it('fills an issued letter: running number, Thai date without พ.ศ., addressee, signature from settings', () => {
    const l = buildLetter(input());
    expect(l.referenceNumber).toBe('ที่ นร ๑๒๐๐/๑๕');
    expect(l.date).toBe('๑๙ มิถุนายน ๒๕๖๖');
    expect(l.addressee).toBe('ผู้ว่าราชการจังหวัดอ่างทอง');
    expect(l.subject).toBe('แจ้งสถานะการดำเนินงานตามตัวชี้วัดจังหวัด ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ รอบ ๖ เดือน');
    expect(l.enclosure).toContain('จังหวัดอ่างทอง');
    expect(l.body.join(' ')).toContain('ต่ำกว่าค่าเป้าหมายขั้นต้น ๔ ตัวชี้วัด');
    expect(l.signerName).toBe('นางสาวทดสอบ ลงนาม');
    expect(l.signerPosition).toBe('รองเลขาธิการ ก.พ.ร. ปฏิบัติราชการแทนเลขาธิการ ก.พ.ร.');
    expect(l.closing).toBe('ขอแสดงความนับถือ');
    expect(l.reference).toBeNull(); // the template's อ้างถึง is empty: the line is left out
    expect(l.draft).toBe(false);
  });

  it('numbers each issue from the prefix; Arabic digits on request', () => {
    expect(buildLetter(input({ sequence: 1 })).referenceNumber).toBe('ที่ นร ๑๒๐๐/๑');
    expect(buildLetter(input({ sequence: 76, digits: 'arabic' })).referenceNumber).toBe('ที่ นร 1200/76');
    expect(buildLetter(input({ sender: { ...sender, referencePrefix: 'นร ๑๒๐๘/ว' } })).referenceNumber).toBe('ที่ นร ๑๒๐๘/ว๑๕');
  });

  it('a draft has no number yet and is dated today (Bangkok time)', () => {
    const l = buildLetter(input({ stamp: { state: 'draft', issuedAt: null }, sequence: null, today: '2023-12-31T18:00:00Z' }));
    expect(l.referenceNumber).toBe('ที่ นร ๑๒๐๐/');
    expect(l.date).toBe('๑ มกราคม ๒๕๖๗');
    expect(l.draft).toBe(true);
  });

  it('prints an อ้างถึง line when the template has one, and only the contact lines that are set', () => {
    const l = buildLetter(input({ template: { ...template, reference: 'หนังสือสำนักงาน ก.พ.ร. ที่ นร 1200/ว 5 ลงวันที่ 1 มีนาคม 2566' }, sender: { ...sender, phone: '0 2356 9999', email: '' } }));
    expect(l.reference).toBe('หนังสือสำนักงาน ก.พ.ร. ที่ นร ๑๒๐๐/ว ๕ ลงวันที่ ๑ มีนาคม ๒๕๖๖');
    expect(l.contactLines).toEqual(['โทร. ๐ ๒๓๕๖ ๙๙๙๙']);
  });
});
