/**
 * Issue 9's smaller defects, each through the app on real SQLite: UTF-16 CSV, PDF uploads, no-store,
 * passwords of spaces and reused passwords, upload names with CR/LF, and JSON body limits.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { header } from './helpers/test-db';
import { createTestApp, multipart, type Session } from './helpers/test-app';

let t: ReturnType<typeof createTestApp>;
let staff: Session;
beforeAll(async () => {
  t = createTestApp();
  staff = await t.signIn('staff');
});
afterAll(() => t.close());

const utf16le = (text: string) => {
  const out = new Uint8Array(2 + text.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) out.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + i * 2);
  return out;
};

const upload = (bytes: Uint8Array, name: string) => staff.request('/api/imports?dryRun=true', { method: 'POST', body: multipart(bytes, name) });

describe('issue 9: smaller fixes', () => {
  it('reads a UTF-16LE CSV with BOM (Excel "Unicode Text") instead of calling it binary', async () => {
    const res = await upload(utf16le(`${header.join(',')}\r\n2566,6,ไม่มีจังหวัดนี้,1.1,,1,2,3,4,\r\n`), 'unicode.csv');
    const body = (await res.json()) as any;
    expect(res.status).toBe(422); // the unknown province, not the file
    expect(body.error.code).toBe('IMPORT_REJECTED');
    expect(body.error.details.encoding).toBe('utf-16le');
    expect(body.error.details.errors[0].row).toBe(2);
  });

  it('answers a PDF upload with 415, as documented', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n' + 'x'.repeat(2000));
    const res = await upload(pdf, 'report.pdf');
    expect(res.status).toBe(415);
    expect(((await res.json()) as any).error.code).toBe('NOT_A_SPREADSHEET');
  });

  it('reduces an upload name with CR/LF and bidi controls to a safe display name', async () => {
    const res = await upload(utf16le(`${header.join(',')}\r\n`), 'evil\r\nSet-Cookie: x\u202Efdp.csv');
    const body = (await res.json()) as any;
    expect(body.error.details.fileName).toBe('evil_Set-Cookie: x_fdp.csv');
  });

  it('never lets a shared cache keep signed-in JSON: private and revalidated (with an ETag), or no-store', async () => {
    // Reads that answer 200 carry an ETag and `private, no-cache` (the browser revalidates every use and
    // gets a 304 when nothing changed; no shared cache keeps it); everything else is `no-store`.
    for (const path of ['/api/auth/me', '/api/rounds/2566/6/summary', '/api/imports', '/api/rounds/2566/6/provinces/TH-99']) {
      const res = await staff.request(path);
      const cc = res.headers.get('cache-control');
      if (res.headers.get('etag')) expect(cc, path).toBe('private, no-cache');
      else expect(cc, path).toBe('no-store');
      expect(cc, path).not.toMatch(/public|max-age=[1-9]/);
    }
    const notFound = await staff.request('/api/rounds/2566/6/provinces/TH-99');
    expect(notFound.headers.get('cache-control')).toBe('no-store');
  });

  it('refuses a password of only spaces and the reuse of the current password, in Thai and English', async () => {
    const me = await t.signIn('viewer');
    const change = (newPassword: string) =>
      me.request('/api/auth/password', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ currentPassword: 'password-for-test-viewer', newPassword }) });
    const spaces = await change(' '.repeat(12));
    expect(spaces.status).toBe(422);
    expect(((await spaces.json()) as any).error).toMatchObject({ code: 'WEAK_PASSWORD', messageTh: expect.stringMatching(/ช่องว่าง/) });
    const reused = await change('password-for-test-viewer');
    expect(reused.status).toBe(422);
    expect(((await reused.json()) as any).error).toMatchObject({ code: 'PASSWORD_REUSED', messageTh: expect.stringMatching(/ไม่ซ้ำ/) });
  });

  it('refuses a JSON body over 64 KB with 413 before signing in', async () => {
    const body = JSON.stringify({ username: 'x', password: 'y'.repeat(100 * 1024) });
    const res = await t.app.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(res.status).toBe(413);
    expect(((await res.json()) as any).error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', messageTh: expect.any(String) });
  });
});
