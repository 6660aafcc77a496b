/**
 * Projection methods. Each returns a projected year-end value with its inputs and a one-line
 * explanation, or null when its inputs are missing (the engine then tries the next method in the
 * config's order). Adding a method = a function here and a line in `data/outlook/config.json`.
 */
import { formatNumber, toThaiDigits } from '../thai';
import { formatValue } from '../format/values';
import { median, type HistoryIndex } from './history';
import type { ErrorScale, MethodEntry, MethodId, OutlookItem, Projection } from './types';

export interface MethodContext {
  fiscalYear: number;
  round: number;
  finalRound: number;
  history: HistoryIndex;
}

type Method = (item: OutlookItem, current: number, ctx: MethodContext, entry: MethodEntry) => Projection | null;

const num = (x: number, max = 2) => formatNumber(x, { digits: 'arabic', maxFractionDigits: max });
/** An indicator value (result, projection) in the catalog's decimals; ratios keep `num`. */
const val = (i: OutlookItem, x: number, max = 2) => (i.decimals === undefined ? num(x, max) : formatValue(x, { decimals: i.decimals }, 'arabic'));
const unitTh = (i: OutlookItem) => (i.unit ? ` ${i.unit.th}` : '');
const unitEn = (i: OutlookItem) => (i.unit ? ` ${i.unit.en}` : '');
/** Round months in Thai digits, as the seed writes them (ผล ๖ เดือน). */
const monthsTh = (m: number) => toThaiDigits(String(m));

/**
 * A projection whose explanation is written each time it is read (getters, not kept): the bands'
 * backtest projects a whole past round and the round-wide list shows no sentence, so formatting every
 * item's two sentences up front was most of the engine's time with the cache cold (issue 10). Only the
 * one-province outlook reads them, once per body it caches; read, it is the same text.
 */
function projection(method: MethodId, projected: number, inputs: Record<string, number>, th: () => string, en: () => string): Projection {
  return {
    method,
    projected,
    inputs,
    get explanationTh() {
      return th();
    },
    get explanationEn() {
      return en();
    },
  };
}

function byRatio(method: MethodId, item: OutlookItem, current: number, ratio: number, ctx: MethodContext, whatTh: string, whatEn: string, inputs: Record<string, number>): Projection {
  const projected = current * ratio;
  const m = ctx.round;
  return projection(method, projected, { current, ratio, ...inputs },
    () => `ผล ${monthsTh(m)} เดือน ${val(item, current)} × ${whatTh} ${num(ratio)} = ${val(item, projected, 1)}${unitTh(item)}`,
    () => `${m}-month result ${val(item, current)} × ${whatEn} ${num(ratio)} = ${val(item, projected, 1)}${unitEn(item)}`);
}

export const methods: Record<MethodId, Method> = {
  'own-ratio'(item, current, ctx) {
    const prev = ctx.fiscalYear - 1;
    const same = ctx.history.value(prev, ctx.round, item.iso, item.indicatorCode, item.component);
    const end = ctx.history.value(prev, ctx.finalRound, item.iso, item.indicatorCode, item.component);
    if (same === undefined || end === undefined || same <= 0 || end <= 0) return null;
    const m = monthsTh(ctx.round);
    return byRatio('own-ratio', item, current, end / same, ctx, `อัตราส่วนสิ้นปี/${m} เดือนของปีก่อน`,
      `last year's year-end/${ctx.round}-month ratio`, { previousSameRound: same, previousYearEnd: end });
  },
  'median-ratio'(item, current, ctx, entry) {
    const ratios = ctx.history.ratios(ctx.fiscalYear - 1, ctx.round, ctx.finalRound, item.indicatorCode);
    if (ratios.length === 0 || ratios.length < (entry.minProvinces ?? 1)) return null;
    const m = monthsTh(ctx.round);
    return byRatio('median-ratio', item, current, median(ratios), ctx,
      `มัธยฐานอัตราส่วนสิ้นปี/${m} เดือนของปีก่อน (${toThaiDigits(String(ratios.length))} จังหวัด)`,
      `median year-end/${ctx.round}-month ratio of last year (${ratios.length} provinces)`, { provinces: ratios.length });
  },
  'straight-pace'(item, current, ctx) {
    const ratio = ctx.finalRound / ctx.round;
    const projected = current * ratio;
    return projection('straight-pace', projected, { current, months: ctx.round, finalMonths: ctx.finalRound },
      () => `ผล ${monthsTh(ctx.round)} เดือน ${val(item, current)} × ${monthsTh(ctx.finalRound)}/${monthsTh(ctx.round)} (อัตราเดิมตลอดปี) = ${val(item, projected, 1)}${unitTh(item)}`,
      () => `${ctx.round}-month result ${val(item, current)} × ${ctx.finalRound}/${ctx.round} (same pace all year) = ${val(item, projected, 1)}${unitEn(item)}`);
  },
  current(item, current, ctx) {
    const what = item.kind === 'level' ? { th: 'ระดับ', en: 'level' } : { th: 'ผล', en: 'result' };
    return projection('current', current, { current },
      () => `คาดว่าผลสิ้นปีคงอยู่ที่${what.th}ของรอบ ${monthsTh(ctx.round)} เดือน ${val(item, current)}${unitTh(item)}`,
      () => `Year-end expected to stay at the ${ctx.round}-month ${what.en} ${val(item, current)}${unitEn(item)}`);
  },
};

/**
 * How a method's past error is scaled so that errors of different indicators can be pooled: ratio
 * methods relative to the projection, the current value as a share of the minimum target.
 */
export const errorScale: Record<MethodId, ErrorScale> = {
  'own-ratio': 'relative',
  'median-ratio': 'relative',
  'straight-pace': 'relative',
  current: 'absolute',
};
