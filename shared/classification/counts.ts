/**
 * Per-province counts in the notice's way (seed): each component counts as one item, e.g.
 * "๑๐ ตัวชี้วัด (รวม ๒ องค์ประกอบ)" with the status counts summing to 10.
 */
import { statuses } from './types';
import type { CountedItem, ProvinceCounts, Status } from './types';

/**
 * Counts a province's notice items. `items` is the number of items (components each count as
 * one, seed), `components` how many items have a component, `byStatus` the items per status
 * (every status present, zero when none). A repeated (indicatorCode, component) pair or an
 * unknown status throws `RangeError` (our default: a duplicate row is a data error, never counted twice).
 *
 * @example
 * countProvinceItems([
 *   { indicatorCode: 'ECO-01', component: null, status: 'metMin' },
 *   { indicatorCode: 'ENV-01', component: 'แม่น้ำปิง', status: 'belowMin' },
 *   { indicatorCode: 'ENV-01', component: 'แม่น้ำวัง', status: 'metMin' },
 * ])
 * // → { items: 3, components: 2, byStatus: { notReported: 0, belowMin: 1, metMin: 2, pending: 0 } }
 */
export function countProvinceItems(items: readonly CountedItem[]): ProvinceCounts {
  const byStatus = Object.fromEntries(statuses.map((s) => [s, 0])) as Record<Status, number>;
  const seen = new Set<string>();
  let components = 0;
  for (const item of items) {
    const key = JSON.stringify([item.indicatorCode, item.component]);
    if (seen.has(key)) {
      const where = item.component === null ? item.indicatorCode : `${item.indicatorCode} / ${item.component}`;
      throw new RangeError(`Duplicate notice item: ${where}`);
    }
    seen.add(key);
    if (!(statuses as readonly string[]).includes(item.status)) throw new RangeError(`Unknown status: ${String(item.status)}`);
    byStatus[item.status] += 1;
    if (item.component !== null && item.component !== undefined) components += 1;
  }
  return { items: items.length, components, byStatus };
}
