/**
 * Which b-trees an import writes (`npx tsx bench/import-pages.ts`): not part of `npm run bench`. The demo
 * round (676 rows, .xlsx) goes into an empty store and into one holding the bench's 100,000 rows; after
 * each import, before any checkpoint, the WAL's frames are mapped to their table or index (dbstat) and
 * counted, as are the distinct pages. Issue 10: "one round into a large database costs no more than
 * into an empty one" — the pages a round dirties are what its commit writes.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dataDir } from '../server/platform/config';
import { openDatabase } from '../server/platform/db/client';
import { typedStatement } from '../server/platform/db/statements';
import { importFile } from '../server/modules/imports/pipeline';
import { copyOf, emptyStore, largeStore } from './import-bench';

interface PageOwner {
  name: string;
  pageno: number;
}

/** Page numbers of the WAL's frames, in order (the WAL format: a 32-byte header, then 24-byte frame headers). */
function walPages(path: string): number[] {
  let wal: Buffer;
  try {
    wal = readFileSync(`${path}-wal`);
  } catch {
    return [];
  }
  if (wal.length < 32) return [];
  const pageSize = wal.readUInt32BE(8);
  const pages: number[] = [];
  for (let at = 32; at + 24 + pageSize <= wal.length; at += 24 + pageSize) pages.push(wal.readUInt32BE(at));
  return pages;
}

async function roundInto(base: string, dir: string, bytes: Uint8Array) {
  const path = copyOf(base, dir, 'round.sqlite');
  const db = openDatabase(path);
  db.$client.pragma('wal_autocheckpoint = 0'); // diagnosis only: keep every frame to count it
  const before = walPages(path).length;
  const report = await importFile(db, bytes, { fileName: 'fy2566-r06.xlsx', importedBy: 'bench', source: 'cli' });
  if (!report.ok) throw new Error(report.errors[0]?.en);
  const frames = walPages(path).slice(before);
  const owners = new Map(typedStatement<PageOwner>(db, `select name, pageno from dbstat`).all().map((o) => [o.pageno, o.name]));
  const perTree = new Map<string, { frames: number; pages: Set<number> }>();
  for (const p of frames) {
    const name = owners.get(p) ?? (p === 1 ? '(header)' : '(free or new)');
    let t = perTree.get(name);
    if (!t) perTree.set(name, (t = { frames: 0, pages: new Set() }));
    t.frames++;
    t.pages.add(p);
  }
  db.$client.close();
  return { frames: frames.length, pages: new Set(frames).size, perTree };
}

const dir = mkdtempSync(join(tmpdir(), 'kpi-pages-'));
try {
  const empty = emptyStore(dir);
  const large = await largeStore(empty, dir);
  const bytes = readFileSync(join(dataDir, 'demo', 'fy2566-r06.xlsx'));
  const e = await roundInto(empty, dir, bytes);
  const l = await roundInto(large, dir, bytes);
  console.log(`WAL frames written by the demo round: empty ${e.frames} (${e.pages} pages), large ${l.frames} (${l.pages} pages)`);
  const names = [...new Set([...e.perTree.keys(), ...l.perTree.keys()])].sort((a, b) => (l.perTree.get(b)?.pages.size ?? 0) - (l.perTree.get(a)?.pages.size ?? 0));
  for (const n of names) {
    const c = (t?: { frames: number; pages: Set<number> }) => `${String(t?.pages.size ?? 0).padStart(4)} pages ${String(t?.frames ?? 0).padStart(4)} frames`;
    console.log(`  ${n.padEnd(36)} empty ${c(e.perTree.get(n))}   large ${c(l.perTree.get(n))}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
