/**
 * Read the generator's own cells back (province, indicator, result) so it can check its output the
 * way an importer would see it, not the way it meant to write it.
 */
import { resultWords } from '../../shared/import-format';
import type { Catalog, CatalogIndicator, ProvinceRef } from '../../shared/reference';
import type { Outcome } from './values';

const thaiDigits = '๐๑๒๓๔๕๖๗๘๙';

export function resolveProvince(text: string, provinces: ProvinceRef[]): ProvinceRef | undefined {
  const t = text.trim();
  const name = t.replace(/^(จังหวัด|จ\.)\s*/, '');
  return provinces.find((p) => p.iso === t || p.code === t || p.nameTh === name || p.nameEn.toLowerCase() === t.toLowerCase());
}

export function resolveIndicator(text: string, catalog: Catalog): CatalogIndicator | undefined {
  return catalog.indicators.find((i) => i.code === text.trim() || i.nameTh === text.trim());
}

/** A result cell: a status word, or a number with optional Thai digits, thousands separators and unit. */
export function readResult(text: string): Outcome | undefined {
  const t = text.trim().toLowerCase();
  if ((resultWords.notReported as readonly string[]).includes(t)) return { kind: 'notReported' };
  if ((resultWords.pending as readonly string[]).includes(t)) return { kind: 'pending' };
  const ascii = t.replace(/[๐-๙]/g, (d) => String(thaiDigits.indexOf(d)));
  const m = /^([^\d]*?)\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*([^\d]*)$/u.exec(ascii);
  if (!m) return undefined;
  return { kind: 'value', value: Number(`${m[2]!.replace(/,/g, '')}${m[3] ?? ''}`) };
}
