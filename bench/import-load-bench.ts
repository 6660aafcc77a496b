/**
 * Reads during an import (issue 9 §7): 50 connections read the national summary from the real server
 * while it imports a 100,000-row CSV in its import worker, beside the same readers with no import —
 * interleaved idle / during pairs. Before the worker, a 50 k-row import stopped every other request.
 * Budget: p99 ≤ 100 ms during the import and ≥ 50 % of the idle throughput.
 */
import autocannon from 'autocannon';
import os from 'node:os';
import { startServer, type RunningServer } from '../tests/helpers/server';
import { syntheticRows, toCsv } from './import-bench';

const SUMMARY = '/api/rounds/2566/6/summary';

interface Reading {
  requestsPerSec: number;
  p99: number;
  errors: number;
  non2xx: number;
  seconds: number;
}

/** Runs 50 readers until `until` resolves (or for `seconds`). */
function readers(url: string, cookie: string, opts: { seconds?: number; until?: Promise<unknown> }): Promise<Reading> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const instance = autocannon({ url, connections: 50, duration: opts.seconds ?? 600, headers: { cookie } }, (err, r) => {
      if (err) return reject(err);
      resolve({ requestsPerSec: r.requests.total / ((Date.now() - started) / 1000), p99: r.latency.p99, errors: r.errors + r.timeouts, non2xx: r.non2xx, seconds: (Date.now() - started) / 1000 });
    });
    void opts.until?.then(() => instance.stop());
  });
}

async function importAsync(server: RunningServer, cookie: string, csrf: string, bytes: Uint8Array): Promise<{ finished: Promise<{ ms: number; rows: number }> }> {
  const form = new FormData();
  form.append('file', new File([bytes as Uint8Array<ArrayBuffer>], 'synthetic-100k.csv'));
  const t0 = Date.now();
  // updateTargets: the demo already holds some of these components (จุดตรวจวัดที่ n) with other targets.
  // Retried once: a kept-alive connection the server closed meanwhile fails the write (EPIPE).
  const post = () => fetch(`${server.baseUrl}/api/imports?async=true&updateTargets=true`, { method: 'POST', body: form, headers: { cookie, 'x-csrf-token': csrf } });
  const res = await post().catch(post);
  if (res.status !== 202) throw new Error(`import not accepted: ${res.status} ${await res.text()}`);
  const { id } = (await res.json()) as { id: string };
  const finished = (async () => {
    for (;;) {
      await new Promise((r) => setTimeout(r, 200));
      // A poll that meets a connection reset (a kept-alive socket closed under load) simply polls again.
      const res = await fetch(`${server.baseUrl}/api/import-jobs/${id}`, { headers: { cookie } }).catch(() => null);
      if (!res) continue;
      const job = (await res.json()) as { state: string; error?: unknown; report: { ok: boolean; rows: { new: number; changed: number }; errors: unknown[] } | null };
      if (job.state === 'failed' || (job.state === 'done' && !job.report?.ok)) throw new Error(`import failed: ${JSON.stringify(job.error ?? job.report?.errors.slice(0, 3)).slice(0, 600)}`);
      if (job.state === 'done') return { ms: Date.now() - t0, rows: job.report!.rows.new + job.report!.rows.changed };
    }
  })();
  return { finished };
}

export async function benchImportLoad(pairs = 2) {
  const server = await startServer();
  try {
    const login = await fetch(`${server.baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'opdc.staff', password: 'demo-staff-2566' }) });
    if (login.status !== 200) throw new Error(`login failed: ${login.status}`);
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    // FY2565 rows only, while the readers read FY2566's summary: rows imported into the round being read
    // would grow its summary (to 1.06 MB after one import) and the bench would time the body, not the worker.
    const rows = syntheticRows(200_000).filter((r) => r.year === 2565).slice(0, 100_000);
    const url = `${server.baseUrl}${SUMMARY}`;
    await readers(url, cookie, { seconds: 1 }); // warm the cache and the JIT
    const idle: Reading[] = [];
    const during: (Reading & { importMs: number; rows: number })[] = [];
    for (let i = 0; i < pairs; i++) {
      // Each pair's file changes every value, so each import really writes 100 k rows (a level stays 0–5).
      const bytes = toCsv(rows.map((r) => ({ ...r, value: r.targets[0] === 3 ? (r.value + i + 1) % 6 : r.value + i + 1 })));
      const { finished } = await importAsync(server, cookie, csrfToken, bytes);
      const reading = await readers(url, cookie, { until: finished });
      const done = await finished;
      during.push({ ...reading, importMs: done.ms, rows: done.rows });
      idle.push(await readers(url, cookie, { seconds: Math.max(3, Math.round(reading.seconds)) }));
    }
    return { idle, during };
  } catch (e) {
    console.error(`server output:\n${server.output().slice(-3000)}`);
    throw e;
  } finally {
    await server.stop();
  }
}

const fmt = (n: number, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

/** Prints the section for `npm run bench`; returns false when a budget is missed. */
export async function printImportLoadSection(): Promise<boolean> {
  const { idle, during } = await benchImportLoad();
  const ratios = during.map((d, i) => d.requestsPerSec / idle[i]!.requestsPerSec);
  // The worse pair decides (two pairs have no middle one): the lowest ratio and the highest p99.
  const ratio = Math.min(...ratios);
  const p99 = Math.max(...during.map((d) => d.p99));
  const clean = [...idle, ...during].every((r) => r.errors === 0 && r.non2xx === 0);
  const ok = p99 <= 100 && ratio >= 0.5 && clean;
  console.log(`Reads during an import (real server, 50 connections on GET ${SUMMARY}, a 100,000-row CSV imported by the import worker; ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' / ')}):`);
  for (const [i, d] of during.entries()) {
    const a = idle[i]!;
    console.log(`  pair ${i + 1}: during the import (${fmt(d.rows)} rows written in ${fmt(d.importMs / 1000, 1)} s) ${fmt(d.requestsPerSec)} req/s p99 ${d.p99} ms; idle ${fmt(a.requestsPerSec)} req/s p99 ${a.p99} ms; ratio ${fmt(ratios[i]!, 2)}`);
  }
  console.log(`  worst pair: p99 during ${p99} ms (budget ≤ 100), throughput during/idle ${fmt(ratio, 2)} (budget ≥ 0.50), errors/non-2xx ${clean ? 'none' : 'SOME'}: ${ok ? 'PASS' : 'FAIL'}\n`);
  return ok;
}
