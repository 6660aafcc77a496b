/**
 * The audit trail people can read (issue 13), through the app on real SQLite: a name for every event
 * the server records, names beside codes, a bulk action as one entry, filters by indicator and
 * province, an import's value changes with outcomes, and the auditors' export (CSV with BOM, formula
 * cells neutralised; .xlsx).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../server/bootstrap';
import { auditEvents, describeChange } from '../shared/audit';
import { createTestApp, multipart, type Session } from './helpers/test-app';
import { csv, header } from './helpers/test-db';

let t: ReturnType<typeof createTestApp>;
let staff: Session;
let viewer: Session;
let firstBatch: number;
let secondBatch: number;

const upload = async (rows: (string | number)[][]) => {
  const res = await staff.request('/api/imports', { method: 'POST', body: multipart(csv([header, ...rows]), 'r.csv') });
  expect(res.status).toBe(200);
  return ((await res.json()) as { batchId: number }).batchId;
};
const act = async (action: string, isos: string[]) => {
  const res = await staff.request('/api/notices/2566/6/actions', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action, isos }) });
  expect(res.status).toBe(200);
};
const audit = async (query = '') => {
  const res = await viewer.request(`/api/audit${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as { total: number; rows: any[] };
};

beforeAll(async () => {
  t = createTestApp();
  staff = await t.signIn('staff');
  viewer = await t.signIn('viewer');
  firstBatch = await upload([
    [2566, 6, 'อ่างทอง', 'ECO-05', '', 707.14, 744.34, 802.25, 449.21, ''],
    [2566, 6, 'ลพบุรี', 'ECO-05', '', 707.14, 744.34, 802.25, 900, ''],
    [2566, 6, 'สิงห์บุรี', 'ECO-05', '', 707.14, 744.34, 802.25, 100, ''],
  ]);
  secondBatch = await upload([[2566, 6, 'อ่างทอง', 'ECO-05', '', '', '', '', 750, '']]);
  await act('review', ['TH-15', 'TH-16', 'TH-17']);
  // A sign-in attempt whose "username" is a spreadsheet formula: it lands in the trail as typed.
  await t.app.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: '=HYPERLINK("http://x")', password: 'x' }) });
});
afterAll(() => t.close());

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });
}

describe('audit trail in words', () => {
  it('names every event type the server records, in Thai and English', () => {
    const written = new Set<string>();
    for (const file of sourceFiles(join(projectRoot, 'server'))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/'((?:auth|user|import|notice|observation|recommendation)\.[a-z_]+)'/g)) written.add(m[1]!);
      if (text.includes('action: `notice.${body.action}`')) for (const a of ['review', 'issue', 'reopen']) written.add(`notice.${a}`);
    }
    expect(written.size).toBeGreaterThan(12);
    for (const action of written) {
      expect(auditEvents, action).toHaveProperty([action]);
      const words = (auditEvents as Record<string, { th: string; en: string }>)[action]!;
      expect(words.th).toMatch(/[\u0E00-\u0E7F]/);
      expect(words.en).toMatch(/^[A-Z]/);
    }
  });

  it('shows a bulk notice action as one entry with its provinces by name', async () => {
    const { rows } = await audit('?action=notice.review');
    expect(rows).toHaveLength(1);
    expect(rows[0].items.map((i: any) => i.province.nameTh).sort()).toEqual(['ลพบุรี', 'สิงห์บุรี', 'อ่างทอง'].sort());
    expect(rows[0].items.every((i: any) => i.action === 'notice.review')).toBe(true);
  });

  it('filters by indicator and by province, import batches included, and by user and dates', async () => {
    const byIndicator = await audit('?indicator=ECO-05');
    expect(byIndicator.rows.map((r) => [r.action, r.batchId])).toEqual([['import.commit', secondBatch], ['import.commit', firstBatch]]);
    expect((await audit('?indicator=ECO-01')).total).toBe(0);
    const singBuri = await audit('?province=TH-17&action=import.commit');
    expect(singBuri.rows.map((r) => r.batchId)).toEqual([firstBatch]);
    expect((await audit('?actor=test-staff&action=import.commit')).total).toBe(2);
    expect((await audit('?actor=nobody')).total).toBe(0);
    const signIns = await audit('?action=auth.login');
    expect(signIns.total).toBeGreaterThanOrEqual(2);
    expect(new Set(signIns.rows.map((r) => r.action))).toEqual(new Set(['auth.login'])); // not auth.login_failed
    expect(new Set((await audit('?action=auth.')).rows.map((r) => r.action))).toEqual(new Set(['auth.login', 'auth.login_failed']));
    expect((await audit('?to=2000-01-01')).total).toBe(0);
    expect((await viewer.request('/api/audit?indicator=not%20a%20code')).status).toBe(422);
  });

  it("shows an import's value changes with the unit and the outcome before and after", async () => {
    const res = await viewer.request(`/api/audit/batches/${secondBatch}`);
    expect(res.status).toBe(200);
    const { changes } = (await res.json()) as { changes: any[] };
    expect(changes).toHaveLength(1);
    const ch = changes[0];
    expect([ch.provinceTh, ch.indicatorCode, ch.unitTh, ch.decimals]).toEqual(['อ่างทอง', 'ECO-05', 'ล้านบาท', 2]);
    expect(describeChange(ch.before, ch.after, ch.unitTh, 'th', ch.decimals)).toBe('449.21 → 750.00 ล้านบาท (ไม่ผ่าน → ผ่านขั้นมาตรฐาน)');
    expect(describeChange(ch.before, ch.after, ch.unitEn, 'en', ch.decimals)).toMatch(/^449\.21 → 750\.00 .+ \(below minimum → standard met\)$/);
    expect((await viewer.request('/api/audit/batches/999')).status).toBe(404);
  });

  it('exports the filtered trail as CSV with a BOM and formula cells neutralised, and as .xlsx', async () => {
    const res = await viewer.request('/api/audit/export?format=csv&action=auth.login_failed');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    const lines = text.trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(lines[1]).toContain('เข้าสู่ระบบไม่สำเร็จ');

    const all = await viewer.request('/api/audit/export?format=xlsx');
    expect(all.status).toBe(200);
    const { Workbook } = (await import('exceljs')).default;
    const book = new Workbook();
    await book.xlsx.load((await all.arrayBuffer()) as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const total = (t.db.$client.prepare('select count(*) as n from audit_log').get() as { n: number }).n;
    expect(sheet.rowCount).toBe(total + 1);
    const formula = sheet.getColumn(3).values.find((v) => String(v).includes('HYPERLINK'));
    expect(String(formula)).toMatch(/^'=/);
  });
});
