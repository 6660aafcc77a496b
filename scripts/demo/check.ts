/**
 * The generator's self-check: read its rows back and verify the seed's facts (FY2566 r6) and the
 * basic shape of every file. Returns problems as text; the caller throws if there are any.
 */
import type { Targets } from '../../shared/classification/types';
import { itemKey, seedBelowMinimum, seedNoticeStatuses, seedProvince, seedTourism } from './seed-facts';
import { readResult, resolveIndicator, resolveProvince } from './read-back';
import type { DemoFile, DemoReference } from './rows';
import { bandOf, isBelowMin, type Outcome } from './values';

export interface ReadRow {
  iso: string;
  code: string;
  component: string;
  group: string;
  targets: Targets | null;
  outcome: Outcome;
  status: 'notReported' | 'pending' | 'belowMin' | 'metMin';
  band: ReturnType<typeof bandOf> | null;
}

/** Resolve every row of a file; targets come from the row or, for 12-month files, from the 6-month file. */
export function readFile(file: DemoFile, ref: DemoReference, stored: Map<string, Targets>, problems: string[]): ReadRow[] {
  const catalog = ref.catalogs[file.fiscalYear];
  const seen = new Set<string>();
  return file.rows.flatMap((row, i) => {
    const where = `${file.name} row ${i + 2}`;
    const p = resolveProvince(row.province, ref.provinces.provinces);
    const ind = resolveIndicator(row.indicator, catalog);
    const outcome = readResult(row.result);
    if (!p || !ind || !outcome) {
      problems.push(`${where}: cannot read ${JSON.stringify(row)}`);
      return [];
    }
    const key = `${file.fiscalYear}|${p.iso}|${ind.code}|${row.component}`;
    if (seen.has(key)) problems.push(`${where}: duplicate ${key}`);
    seen.add(key);
    if (!ind.provinces.includes(p.iso)) problems.push(`${where}: ${ind.code} is not assigned to ${p.iso}`);
    let targets: Targets | null = null;
    if (row.targetMin !== null && row.targetStd !== null && row.targetAdv !== null) {
      targets = { min: row.targetMin, std: row.targetStd, adv: row.targetAdv };
      const s = ind.direction === 'higher' ? 1 : -1;
      if (s * (targets.std - targets.min) < 0 || s * (targets.adv - targets.std) < 0) problems.push(`${where}: targets out of order`);
      stored.set(key, targets);
    } else {
      targets = stored.get(key) ?? null;
      if (!targets) problems.push(`${where}: no targets in the row and none stored for ${key}`);
    }
    let status: ReadRow['status'] = outcome.kind === 'value' ? 'metMin' : outcome.kind;
    let band: ReadRow['band'] = null;
    if (outcome.kind === 'value' && targets) {
      band = bandOf(outcome.value, targets, ind.direction);
      if (isBelowMin(outcome.value, targets, ind.direction)) status = 'belowMin';
    }
    return [{ iso: p.iso, code: ind.code, component: row.component, group: ind.group, targets, outcome, status, band }];
  });
}

const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));

/** The FY2566 6-month constraints (seed national table, seed notice, demo rules). */
export function checkSeedRound(rows: ReadRow[], ref: DemoReference, problems: string[]): void {
  const seedBelow = seedBelowMinimum(ref.seedTable, ref.catalogs[2566]);
  for (const ind of ref.catalogs[2566].indicators) {
    const mine = rows.filter((r) => r.code === ind.code);
    const below = new Set(mine.filter((r) => r.status === 'belowMin').map((r) => itemKey(r.iso, r.component)));
    const want = seedBelow.get(ind.code) ?? new Set<string>();
    if (!sameSet(below, want)) problems.push(`${ind.code}: below minimum ${[...below].join(' ')} ≠ seed ${[...want].join(' ')}`);
  }
  const pb = rows.filter((r) => r.group === 'potential' && (r.status === 'belowMin' || r.status === 'notReported'));
  if (pb.length) problems.push(`Potential Base has ${pb.length} below-minimum or not-reported rows`);
  const env01 = rows.filter((r) => r.code === 'ENV-01');
  const env01Good = env01.filter((r) => r.band === 'std' || r.band === 'adv').length;
  if (env01Good / env01.length <= 0.65) problems.push(`ENV-01: only ${env01Good}/${env01.length} at standard or advanced`);
  const nr = rows.filter((r) => r.status === 'notReported').length;
  const pending = rows.filter((r) => r.status === 'pending').length;
  if (nr < 3 || nr > 6) problems.push(`${nr} not-reported rows (want 3–6)`);
  if (pending < 3 || pending > 6) problems.push(`${pending} pending rows (want 3–6)`);

  const angThong = rows.filter((r) => r.iso === seedProvince);
  const got = Object.fromEntries(angThong.map((r) => [`${r.code}|${r.component}`, r.status]));
  if (JSON.stringify(Object.entries(got).sort()) !== JSON.stringify(Object.entries(seedNoticeStatuses).sort())) {
    problems.push(`อ่างทอง statuses ${JSON.stringify(got)} ≠ the seed's notice`);
  }
  if (angThong.filter((r) => r.component !== '').length !== 2) problems.push('อ่างทอง must have exactly 2 component items');
  const tourism = angThong.find((r) => r.code === seedTourism.code);
  const t = seedTourism.targets2566;
  if (!tourism || tourism.outcome.kind !== 'value' || tourism.outcome.value !== seedTourism.result2566r6 ||
    tourism.targets?.min !== t.min || tourism.targets.std !== t.std || tourism.targets.adv !== t.adv) {
    problems.push('อ่างทอง ECO-05 must be 449.21 against 707.14 / 744.34 / 802.25');
  }
}
