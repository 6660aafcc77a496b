/** Classifying a whole round: the summary endpoint's work (load items, classify, aggregate) on the demo data. */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { dataDir } from '../server/bootstrap';
import { loadDemoData } from '../server/modules/imports/demo';
import { loadRoundItems } from '../server/modules/rounds/items';
import { findRound, listIndicators } from '../server/modules/rounds/rounds.queries';
import { summariseRound } from '../server/modules/rounds/summary';
import { freshDb } from './import-bench';

export async function benchClassifyRound(runs = 20): Promise<{ items: number; ms: number[] }> {
  const { db, done } = freshDb();
  await loadDemoData(db, join(dataDir, 'demo'));
  const round = findRound(db, 2566, 6)!;
  const ms: number[] = [];
  let items = 0;
  for (let i = 0; i < runs + 2; i++) {
    const t0 = performance.now();
    const all = loadRoundItems(db, round.id, 2566);
    summariseRound(listIndicators(db, 2566), all);
    const t = performance.now() - t0;
    items = all.length;
    if (i >= 2) ms.push(t);
  }
  done();
  return { items, ms };
}
