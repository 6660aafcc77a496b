/**
 * Hostile and careless input, as one table: every case gets a clear 4xx in the error envelope (or is
 * stored and returned verbatim as text), never a stack trace, never a partial write.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csv, header, tableCounts } from './helpers/test-db';
import { createTestApp, multipart, type Session } from './helpers/test-app';

let t: ReturnType<typeof createTestApp>;
let staff: Session;
let admin: Session;
beforeAll(async () => {
  t = createTestApp({ KPI_UPLOAD_LIMIT_MB: '1' });
  staff = await t.signIn('staff');
  admin = await t.signIn('admin');
});
afterAll(() => t.close());

const evil = [
  `'; DROP TABLE results; --`,
  `" OR 1=1 --`,
  `<script>alert("x")</script>`,
  `<img src=x onerror=alert(1)>`,
  `../../../../etc/passwd`,
  `อ่างทอง\u0E49\u0E49\u0E48`, // stacked tone marks
  `🙂🇹🇭 ผลงาน`,
  `\u0000\u0001\u001f`,
  `${'ก'.repeat(5000)}`,
];

const json = (method: string, body: string, headers: Record<string, string> = { 'content-type': 'application/json' }): RequestInit => ({ method, body, headers });

/** One CSV data row each, every one outside a value or text rule (the header is the Thai template's). */
const valueRows: [string, (string | number)[]][] = [
  ['result of 1e308', [2566, 6, 'อ่างทอง', 'ECO-05', '', 707.14, 744.34, 802.25, '1e308', '']],
  ['targets of 1e308', [2566, 6, 'เชียงใหม่', 'ECO-02', '', '1e306', '1e307', '1e308', 449.21, '']],
  ['negative money result', [2566, 6, 'อ่างทอง', 'ECO-05', '', 707.14, 744.34, 802.25, -5, '']],
  ['negative money targets', [2566, 6, 'เชียงใหม่', 'ECO-03', '', -30, -20, -10, 5, '']],
  ['money beyond a province’s means (10¹² million baht)', [2566, 6, 'อ่างทอง', 'ECO-05', '', 707.14, 744.34, 802.25, 1e12, '']],
  ['percentage above 100', [2566, 6, 'อ่างทอง', 'SOC-01', '', 80, 85, 90, 140, '']],
  ['negative percentage', [2566, 6, 'อ่างทอง', 'SOC-01', '', 80, 85, 90, -1, '']],
  ['percentage targets above 100', [2566, 6, 'อ่างทอง', 'SOC-03', '', 100, 150, 200, 90, '']],
  ['WQI score above its 0–100 scale', [2566, 6, 'อ่างทอง', 'ENV-02', 'แหล่งน้ำ ก', 60, 65, 70, 101, '']],
  ['percentage reduction above 100 (cannot remove more than all)', [2566, 6, 'เชียงใหม่', 'ENV-05', '', 10, 20, 30, 101, '']],
  ['success level 9', [2566, 6, 'อ่างทอง', 'ECO-01', '', 3, 4, 5, 9, '']],
  ['negative rate per 1,000', [2566, 6, 'ชลบุรี', 'SOC-02', '', 30, 25, 20, -3, '']],
  ['note of 5,000 characters', [2566, 6, 'อ่างทอง', 'ECO-05', '', 707.14, 744.34, 802.25, 449.21, 'ก'.repeat(5000)]],
  ['component name of 1,000 characters', [2566, 6, 'อ่างทอง', 'ENV-02', 'ข'.repeat(1000), 60, 65, 70, 61, '']],
];

type Case = { name: string; as: 'staff' | 'admin' | 'anonymous'; path: string; init: () => RequestInit; status: number | number[] };

const cases: Case[] = [
  { name: 'malformed JSON on login', as: 'anonymous', path: '/api/auth/login', init: () => json('POST', '{"username": "a", "password":'), status: [400, 422] },
  { name: 'login with a JSON array', as: 'anonymous', path: '/api/auth/login', init: () => json('POST', '[1,2,3]'), status: 422 },
  { name: 'login with a form instead of JSON', as: 'anonymous', path: '/api/auth/login', init: () => json('POST', 'username=a&password=b', { 'content-type': 'application/x-www-form-urlencoded' }), status: [400, 415, 422] },
  { name: 'malformed JSON creating a user', as: 'admin', path: '/api/users', init: () => json('POST', '{oops'), status: [400, 422] },
  { name: 'unknown user id', as: 'admin', path: '/api/users/123456', init: () => json('PATCH', '{"active":true}'), status: 404 },
  { name: 'non-numeric user id', as: 'admin', path: '/api/users/abc', init: () => json('PATCH', '{"active":true}'), status: 422 },
  { name: 'huge user id', as: 'admin', path: '/api/users/99999999999999999999999', init: () => json('PATCH', '{"active":true}'), status: [404, 422] },
  { name: 'unknown batch rollback', as: 'staff', path: '/api/imports/424242/rollback', init: () => ({ method: 'POST' }), status: 404 },
  { name: 'upload with JSON content type', as: 'staff', path: '/api/imports', init: () => json('POST', '{"file":"x"}'), status: 415 },
  { name: 'upload with text/plain', as: 'staff', path: '/api/imports', init: () => json('POST', 'a,b,c', { 'content-type': 'text/plain' }), status: 415 },
  { name: 'multipart without boundary', as: 'staff', path: '/api/imports', init: () => json('POST', 'xx', { 'content-type': 'multipart/form-data' }), status: [400, 415, 422] },
  { name: 'oversized upload', as: 'staff', path: '/api/imports', init: () => ({ method: 'POST', body: multipart(new Uint8Array(2 * 1024 * 1024).fill(0x41), 'big.csv') }), status: 413 },
  { name: 'image uploaded as csv', as: 'staff', path: '/api/imports', init: () => ({ method: 'POST', body: multipart(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]), 'photo.csv') }), status: 415 },
  { name: 'zip that is not xlsx', as: 'staff', path: '/api/imports', init: () => ({ method: 'POST', body: multipart(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]), 'x.xlsx') }), status: 415 },
  { name: 'SQL-like text in the year path', as: 'staff', path: `/api/rounds/${encodeURIComponent("2566' OR '1'='1")}/6/summary`, init: () => ({ method: 'GET' }), status: 422 },
  { name: 'script in the indicator path', as: 'staff', path: `/api/rounds/2566/6/indicators/${encodeURIComponent('<script>')}`, init: () => ({ method: 'GET' }), status: 422 },
  { name: 'path traversal in the province path', as: 'staff', path: '/api/rounds/2566/6/provinces/..%2F..%2Fetc%2Fpasswd', init: () => ({ method: 'GET' }), status: [404, 422] },
  { name: 'SQL-like audit filter', as: 'staff', path: `/api/audit?action=${encodeURIComponent("x' OR 1=1 --")}`, init: () => ({ method: 'GET' }), status: 200 },
  { name: 'audit filter with a bad date', as: 'staff', path: '/api/audit?from=yesterday', init: () => ({ method: 'GET' }), status: 422 },
  ...evil.map((s): Case => ({ name: `username ${JSON.stringify(s.slice(0, 20))}`, as: 'anonymous', path: '/api/auth/login', init: () => json('POST', JSON.stringify({ username: s, password: s })), status: [401, 422, 429] })),
  // Value and text rules (issue 9 §8): each a row; the rules are in server/modules/imports/pipeline/value-rules.ts and shared/text-rules.ts.
  ...valueRows.map(([name, cells]): Case => ({ name, as: 'staff', path: '/api/imports', init: () => ({ method: 'POST', body: multipart(csv([header, cells]), 'values.csv') }), status: 422 })),
  { name: 'observation edit with a bidi override', as: 'staff', path: '/api/notices/2566/6/recommendations/ECO-05', init: () => json('PUT', JSON.stringify({ text: 'ผลดี \u202Eทราบ' })), status: 422 },
  { name: 'observation edit with an isolate control', as: 'staff', path: '/api/notices/2566/6/recommendations/ECO-05', init: () => json('PUT', JSON.stringify({ text: 'a\u2066b\u2069' })), status: 422 },
  { name: 'observation edit with NUL after 4 KB', as: 'staff', path: '/api/notices/2566/6/recommendations/ECO-05', init: () => json('PUT', JSON.stringify({ text: `${'ก'.repeat(4100)}\u0000x` })), status: 422 },
  { name: 'display name with a bidi override', as: 'admin', path: '/api/users', init: () => json('POST', JSON.stringify({ username: 'bidi.user', displayName: 'สมชาย \u202Egnp.exe', role: 'staff' })), status: 422 },
  { name: 'display name with a zero-width space', as: 'admin', path: '/api/users', init: () => json('POST', JSON.stringify({ username: 'zw.user', displayName: 'สม\u200Bชาย', role: 'staff' })), status: 422 },
  { name: 'display name with NUL', as: 'admin', path: '/api/users', init: () => json('POST', JSON.stringify({ username: 'nul.user', displayName: 'ab\u0000c', role: 'staff' })), status: 422 },
  { name: 'display name of 1 MB', as: 'admin', path: '/api/users', init: () => json('POST', JSON.stringify({ username: 'long.user', displayName: 'ก'.repeat(1 << 20), role: 'staff' })), status: [413, 422] },
  ...evil.map((s): Case => ({ name: `new user named ${JSON.stringify(s.slice(0, 20))}`, as: 'admin', path: '/api/users', init: () => json('POST', JSON.stringify({ username: s, displayName: s, role: 'staff' })), status: 422 })),
];

describe('hostile input', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const before = tableCounts(t.db);
    const res = c.as === 'anonymous' ? await t.app.request(c.path, c.init()) : await (c.as === 'admin' ? admin : staff).request(c.path, c.init());
    const expected = Array.isArray(c.status) ? c.status : [c.status];
    expect(expected).toContain(res.status);
    const text = await res.text();
    expect(text).not.toMatch(/\bat [\w.<>]+ \(|node_modules|\.ts:\d+|SqliteError|ZodError/);
    if (res.status >= 400) expect(JSON.parse(text).error.code).toBeTypeOf('string');
    expect(tableCounts(t.db)).toEqual(before);
  });

  it('observation and recommendation text: script-like, SQL-like, combining marks and emoji are stored and returned as text', async () => {
    const rows = [[2566, 6, 'อ่างทอง', 'ECO-05', '', 707.14, 744.34, 802.25, 449.21, '']];
    expect((await staff.request('/api/imports', { method: 'POST', body: multipart(csv([header, ...rows]), 'obs.csv') })).status).toBe(200);
    const notice = (await (await staff.request('/api/notices/2566/6/TH-15')).json()) as { model: { items: { assignmentId: number }[] } };
    const id = notice.model.items[0]!.assignmentId;
    for (const text of evil.filter((x) => !x.includes('\u0000') && x.length < 1000)) {
      const put = (path: string) => staff.request(path, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) });
      const obs = await put(`/api/notices/2566/6/TH-15/observations/${id}`);
      expect(obs.status).toBe(200);
      expect(((await obs.json()) as { observation: { text: string } }).observation.text).toBe(text.normalize('NFC'));
      const rec = await put('/api/notices/2566/6/recommendations/ECO-05');
      expect(rec.status).toBe(200);
    }
    expect(t.db.$client.prepare(`select count(*) as n from results`).get()).toEqual({ n: 1 });
    const audited = t.db.$client.prepare(`select count(*) as n from audit_log where action = 'observation.edit'`).get() as { n: number };
    expect(audited.n).toBeGreaterThan(0);
  });

  it('stores script-like, SQL-like, combining-mark and emoji text verbatim and returns it as JSON text', async () => {
    const rows = evil.filter((s) => !s.includes('\u0000') && s.length < 1000).map((s, i) => [2566, 6, 'อ่างทอง', 'ENV-02', `แหล่งน้ำทดสอบ ${i}`, 60, 65, 70, 61, s]);
    const res = await staff.request('/api/imports', { method: 'POST', body: multipart(csv([header, ...rows]), `<script>x</script>.csv`) });
    expect(res.status).toBe(200);
    const report = (await res.json()) as { fileName: string };
    expect(report.fileName).toBe("script>.csv"); // directories stripped: the name is display text, never a path
    const body = (await (await staff.request('/api/rounds/2566/6/provinces/TH-15')).json()) as { items: { note: string | null; component: string | null }[] };
    const notes = body.items.map((i) => i.note);
    for (const row of rows) expect(notes).toContain((row[9] as string).normalize('NFC').replace(/\s+/g, ' ').trim());
    expect(t.db.$client.prepare(`select count(*) as n from results`).get()).toEqual({ n: rows.length + 1 }); // DROP TABLE did nothing
  });
});

/** Text rules that clean rather than refuse (issue 9 §8), on their own database: the table above expects no earlier imports. */
describe('hostile text removed on the way in', () => {
  let t: ReturnType<typeof createTestApp>;
  let staff: Session;
  beforeAll(async () => {
    t = createTestApp();
    staff = await t.signIn('staff');
  });
  afterAll(() => t.close());

  // Removed on the way in rather than refused: a spreadsheet cell pasted from a word processor carries them.
  const cleaned: [string, string, string][] = [
    ['NUL after the first 4 KB of a note', `${'a'.repeat(900)}\u0000ข`, `${'a'.repeat(900)}ข`],
    ['bidi override in a note', 'ผล \u202Eดี\u202C มาก', 'ผล ดี มาก'],
    ['bidi isolates and marks in a note', '\u2067ข\u2069\u200F\u200E', 'ข'],
    ['other control characters in a note', 'a\u0001b\u001fc\u007fd', 'abcd'],
  ];
  it.each(cleaned)('note: %s is stored without the control characters', async (_name, note, stored) => {
    // The padding row puts the NUL case's NUL past the file's first 4 KB (where a sniffer looks).
    const rows = [[2566, 6, 'อ่างทอง', 'ECO-01', '', 3, 4, 5, 4, 'ก'.repeat(990)], [2566, 6, 'อ่างทอง', 'PB-01', '', 10, 20, 30, 15, note]];
    const res = await staff.request('/api/imports', { method: 'POST', body: multipart(csv([header, ...rows]), 'clean.csv') });
    expect(res.status).toBe(200);
    const row = t.db.$client.prepare(`select note from results where note is not null and note not like 'กกก%' order by rowid desc limit 1`).get() as { note: string };
    expect(row.note).toBe(stored);
  });

  it.each([
    ['CR/LF and a header after it', 'a\r\nSet-Cookie: x=1.csv'],
    ['a bidi override that shows xlsx.pdf as fdp.xlsx', 'report\u202Excsv.pdf'],
    ['NUL and zero-width characters', 'a\u0000b\u200Bc.csv'],
  ])('upload file name with %s is reduced to the safe set', async (_name, fileName) => {
    const rows = [[2566, 6, 'อ่างทอง', 'PB-01', '', 10, 20, 30, Math.random() * 10 + 10, '']];
    const res = await staff.request('/api/imports', { method: 'POST', body: multipart(csv([header, ...rows]), fileName) });
    expect(res.status).toBe(200);
    const stored = (t.db.$client.prepare(`select file_name as f from import_batches order by id desc limit 1`).get() as { f: string }).f;
    expect(stored).toMatch(/^[\p{L}\p{M}\p{N}\p{P}\p{S} ]+$/u);
    expect(stored).not.toMatch(/[\r\n\u0000\u200B\u202E]/);
  });
});
