/** Turns categorised entries into what the map and legend show, in the reader's language. */
import type { I18n } from '../../app/i18n';
import type { Level, Status, Targets } from '../../../shared/classification/types';
import { shareBands, type LevelEntry, type MapCategory, type MapItem, type ShareEntry } from './categories';
import type { LegendRow } from './MapLegend';
import { warningCategoryLabel } from './warning-view';
import type { MapEntryView } from './ProvinceMap';

export type ResultView = { kind: 'value'; value: number } | { kind: 'notReported' } | { kind: 'pending' } | { kind: 'missing' };

export interface DetailedItem extends MapItem {
  targets: Targets;
  result: ResultView;
}

export function categoryLabel(c: MapCategory, i18n: I18n): string {
  const { t } = i18n;
  switch (c) {
    case 'belowMin':
    case 'min':
    case 'std':
    case 'adv':
      return i18n.level(c);
    case 'notReported':
    case 'pending':
      return i18n.status(c);
    case 'notAssigned':
      return t.map.notAssigned;
    case 'outside':
      return t.map.outside;
    case 'share0':
      return t.map.share0;
    case 'share1':
      return t.map.shareBelow(i18n.num(shareBands[1]));
    case 'share2':
      return t.map.shareRange(i18n.num(shareBands[1]), i18n.num(shareBands[2]));
    case 'share3':
      return t.map.shareRange(i18n.num(shareBands[2]), i18n.num(shareBands[3]));
    case 'share4':
      return t.map.shareFrom(i18n.num(shareBands[3]));
    default:
      return warningCategoryLabel(c, i18n);
  }
}

/** What a value needs of its indicator to be shown: unit, kind and the catalog's decimals. */
export interface ValueView {
  unit: string;
  kind?: 'quantity' | 'level';
  decimals: number;
}

/** The result as text with its unit, in the catalog's decimals: "449.21 ล้านบาท", "ระดับ 4", "ไม่รายงานผล". */
export function resultText(result: ResultView, view: ValueView, i18n: I18n): string {
  switch (result.kind) {
    case 'value':
      // Stage indicators read "ระดับ 4", not "4 ระดับ".
      if (view.kind === 'level') return i18n.t.result.level(i18n.value(result.value, view));
      return `${i18n.value(result.value, view)} ${view.unit}`.trim();
    case 'notReported':
      return i18n.t.result.notReported;
    case 'pending':
      return i18n.t.result.pending;
    case 'missing':
      return i18n.t.result.missing;
  }
}

export function targetsText(targets: Targets, view: Pick<ValueView, 'decimals'>, i18n: I18n): string {
  return i18n.t.map.targets(i18n.value(targets.min, view), i18n.value(targets.std, view), i18n.value(targets.adv, view));
}

/** A status and level in words: the level when there is one (finer), else the status. */
export function statusText(item: { status: Status; level: Level | null }, i18n: I18n): string {
  return item.level ? i18n.level(item.level) : i18n.status(item.status);
}

/** Map entries for one indicator: result, unit and targets per province, one line per component. */
export function indicatorMapView(
  entries: ReadonlyMap<string, LevelEntry<DetailedItem>>,
  view: ValueView,
  i18n: I18n,
): Map<string, MapEntryView> {
  const out = new Map<string, MapEntryView>();
  for (const [iso, e] of entries) {
    const lines: string[] = [];
    if (e.items.length === 1 && e.items[0]!.component === null) {
      const it = e.items[0]!;
      lines.push(`${i18n.t.map.result}: ${resultText(it.result, view, i18n)}`, targetsText(it.targets, view, i18n));
    } else {
      for (const it of e.items) {
        lines.push(`${it.component ?? ''}: ${resultText(it.result, view, i18n)} — ${statusText(it, i18n)} (${targetsText(it.targets, view, i18n)})`);
      }
    }
    out.set(iso, { category: e.category, statusText: categoryLabel(e.category, i18n), lines });
  }
  return out;
}

/** Map entries for the overall measure: how many of the province's items are below minimum. */
export function shareMapView(entries: ReadonlyMap<string, ShareEntry<MapItem>>, i18n: I18n): Map<string, MapEntryView> {
  const out = new Map<string, MapEntryView>();
  for (const [iso, e] of entries) {
    const lines =
      e.share === null || e.category === 'outside'
        ? []
        : [i18n.t.map.shareOf(i18n.num(e.belowMin), i18n.num(e.items.length), i18n.num(e.share, 1))];
    out.set(iso, { category: e.category, statusText: categoryLabel(e.category, i18n), lines });
  }
  return out;
}

export function legendRows<C extends MapCategory>(scheme: readonly C[], counts: Record<C, number>, i18n: I18n): LegendRow[] {
  return scheme.map((c) => ({ category: c, label: categoryLabel(c, i18n), count: counts[c] }));
}
