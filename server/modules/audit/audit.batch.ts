/**
 * An import batch's changes in words (issue 13): province and indicator names, the unit, and each
 * result's outcome before and after ("4,550.36 → 4,700.00 ล้านบาท (ไม่ผ่าน → ผ่านขั้นต้น)"). The
 * value-by-value before/after comes from the import's history tables (`batchChanges`); the outcomes
 * are classified against the assignment's targets as they stand now — a batch that also changed the
 * targets shows them as a separate "target" change.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client';
import { assignments, indicators, provinces } from '../../platform/db/schema';
import { batchChanges } from '../imports/pipeline/rollback';
import { classify } from '../../../shared/classification';
import type { Result } from '../../../shared/contracts/classification';
import type { ChangeSide, Outcome, ReadableChange } from '../../../shared/contracts/audit';

type Stored = { kind: string; value: number | null } | null;

export function readableBatchChanges(db: Db, batchId: number): ReadableChange[] {
  const changes = batchChanges(db, batchId);
  const names = new Map(db.select({ iso: provinces.iso, th: provinces.nameTh, en: provinces.nameEn }).from(provinces).all().map((p) => [p.iso, p]));
  const indicatorCache = new Map<string, typeof indicators.$inferSelect | undefined>();
  const indicatorOf = (year: number, code: string) => {
    const key = `${year}/${code}`;
    if (!indicatorCache.has(key)) indicatorCache.set(key, db.select().from(indicators).where(and(eq(indicators.year, year), eq(indicators.code, code))).get());
    return indicatorCache.get(key);
  };
  return changes.map((ch) => {
    const ind = indicatorOf(ch.year, ch.indicatorCode);
    const targets = ind
      ? db.select({ min: assignments.targetMin, std: assignments.targetStd, adv: assignments.targetAdv }).from(assignments)
          .where(and(eq(assignments.year, ch.year), eq(assignments.provinceIso, ch.iso), eq(assignments.indicatorId, ind.id), eq(assignments.component, ch.component ?? ''))).get()
      : undefined;
    const side = (stored: Stored): ChangeSide | null => {
      if (!stored) return null;
      const result = (stored.kind === 'value' ? { kind: 'value', value: stored.value } : { kind: stored.kind }) as Result;
      let outcome: Outcome | null = null;
      try {
        if (ind && targets) {
          const c = classify({ targets, direction: ind.direction, kind: ind.kind, result });
          outcome = (c.level ?? c.status) as Outcome;
        }
      } catch {
        outcome = null; // targets that do not classify (refused at import since) leave the outcome unsaid
      }
      return { value: stored.kind === 'value' ? stored.value : null, outcome };
    };
    const p = names.get(ch.iso);
    return {
      kind: ch.kind, iso: ch.iso, provinceTh: p?.th ?? ch.iso, provinceEn: p?.en ?? ch.iso,
      indicatorCode: ch.indicatorCode, indicatorTh: ind?.nameTh ?? ch.indicatorCode, indicatorEn: ind?.nameEn ?? ch.indicatorCode,
      unitTh: ind?.unitTh ?? '', unitEn: ind?.unitEn ?? '', decimals: ind?.decimals ?? 2, component: ch.component, year: ch.year, round: ch.round,
      before: ch.kind === 'result' ? side(ch.before as Stored) : (ch.before as ReadableChange['before']),
      after: ch.kind === 'result' ? side(ch.after as Stored)! : (ch.after as ReadableChange['after']),
    };
  });
}
