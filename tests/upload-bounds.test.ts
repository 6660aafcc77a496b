/**
 * Issue 9, defects 1, 2 and 5, against the real server process: no upload within the size limit,
 * and no oversized JSON body, may grow the server's memory by more than 512 MB above idle. Memory
 * is read from /proc/<pid>/status while each request runs. The timeouts only catch a hang.
 */
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from './helpers/server';
import { badRowsCsv, rowBombXlsx, zipBombXlsx } from './helpers/upload-bombs';

const MB = 1024 * 1024;
let server: RunningServer;
let session: { cookie: string; csrf: string };

const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))![1]) * 1024;

/** Runs `work` while sampling the server's RSS; returns its result and the peak growth over idle. */
async function watched<T>(work: () => Promise<T>): Promise<{ result: T; growth: number }> {
  const idle = rss();
  let peak = idle;
  const timer = setInterval(() => (peak = Math.max(peak, rss())), 50);
  try {
    const result = await work();
    peak = Math.max(peak, rss());
    // The figures for the README and the report; the assertions below are on memory only.
    console.log(`[upload-bounds] idle ${Math.round(idle / MB)} MB, peak +${Math.round((peak - idle) / MB)} MB`);
    return { result, growth: peak - idle };
  } finally {
    clearInterval(timer);
  }
}

async function upload(bytes: Uint8Array, name: string) {
  const form = new FormData();
  form.append('file', new File([bytes as Uint8Array<ArrayBuffer>], name));
  const res = await fetch(`${server.baseUrl}/api/imports?dryRun=true`, { method: 'POST', body: form, headers: { cookie: session.cookie, 'x-csrf-token': session.csrf } });
  const text = await res.text();
  return { status: res.status, bytes: text.length, body: JSON.parse(text) as { error: { code: string; message: string; messageTh: string; details?: { errors: unknown[]; errorsTotal: number } } } };
}

beforeAll(async () => {
  server = await startServer();
  const login = await fetch(`${server.baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'opdc.staff', password: 'demo-staff-2566' }) });
  expect(login.status).toBe(200);
  session = { cookie: login.headers.get('set-cookie')!.split(';')[0]!, csrf: ((await login.json()) as { csrfToken: string }).csrfToken };
}, 180_000);
afterAll(() => server?.stop());

describe('bounded uploads on the real server', () => {
  it('a row bomb (2 M tiny rows in a ~10 MB .xlsx) is refused with 413 at the row limit', async () => {
    const bytes = rowBombXlsx(2_000_000);
    expect(bytes.length).toBeLessThan(20 * MB);
    const { result, growth } = await watched(() => upload(bytes, 'rows.xlsx'));
    expect(result.status).toBe(413);
    expect(result.body.error.code).toBe('TOO_MANY_ROWS');
    expect(result.body.error.messageTh).toMatch(/200,000 แถว/);
    expect(growth).toBeLessThan(512 * MB);
  }, 300_000);

  it('a zip bomb (1 MB of deflated blank space) is refused with 413 before exceljs parses it', async () => {
    const bytes = await zipBombXlsx(1);
    const { result, growth } = await watched(() => upload(bytes, 'bomb.xlsx'));
    expect(result.status).toBe(413);
    expect(result.body.error.code).toBe('COMPRESSION_RATIO');
    expect(growth).toBeLessThan(512 * MB);
  }, 300_000);

  it('a CSV of 450 k bad rows is refused with 413 at the row limit, not a stack overflow', async () => {
    const bytes = badRowsCsv(450_000);
    expect(bytes.length).toBeLessThan(20 * MB);
    const { result, growth } = await watched(() => upload(bytes, 'bad.csv'));
    expect(result.status).toBe(413);
    expect(result.body.error.code).toBe('TOO_MANY_ROWS');
    expect(growth).toBeLessThan(512 * MB);
  }, 300_000);

  it('a CSV of 60 k bad rows lists the first 1,000 problems with the total, in a bounded response', async () => {
    const { result, growth } = await watched(() => upload(badRowsCsv(60_000), 'bad.csv'));
    expect(result.status).toBe(422);
    expect(result.body.error.details!.errors).toHaveLength(1000);
    expect(result.body.error.details!.errorsTotal).toBeGreaterThanOrEqual(60_000);
    expect(result.body.error.message).toMatch(/first 1000/);
    expect(result.bytes).toBeLessThan(2 * MB);
    expect(growth).toBeLessThan(512 * MB);
  }, 300_000);
});

/** POSTs `total` bytes of JSON-ish filler to the login route in 1 MB chunks, stopping once answered. */
function hugeLogin(total: number, chunked: boolean): Promise<number> {
  return new Promise((resolve, reject) => {
    const url = new URL(`${server.baseUrl}/api/auth/login`);
    const headers: Record<string, string | number> = { 'content-type': 'application/json' };
    if (!chunked) headers['content-length'] = total;
    const req = request({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers }, (res) => {
      res.resume();
      resolve(res.statusCode!);
      req.destroy();
    });
    req.on('error', (e) => (answered ? undefined : reject(e)));
    let answered = false;
    req.on('response', () => (answered = true));
    const chunk = Buffer.alloc(MB, 0x20);
    let sent = 0;
    const pump = () => {
      while (!answered && sent < total) {
        sent += MB;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}

describe('body limits on the real server', () => {
  it.each([
    ['with Content-Length', false],
    ['chunked, without Content-Length', true],
  ])('a 400 MB login body %s gets 413 and does not grow the server', async (_name, chunked) => {
    const { result, growth } = await watched(() => hugeLogin(400 * MB, chunked));
    expect(result).toBe(413);
    expect(growth).toBeLessThan(64 * MB);
  }, 120_000);
});
