/**
 * Write the demo's facts the way provinces type them: mostly plain Thai names and numbers, with the
 * variants the import must accept (จ./จังหวัด prefixes, ISO and 2-digit codes, English names, Thai
 * digits, thousands separators, a trailing unit, Thai or English status words).
 */
import type { CatalogIndicator, ProvinceRef } from '../../shared/reference';
import type { Profile } from './profiles';
import type { Rng } from './prng';
import type { Outcome } from './values';

export type HeaderLanguage = 'th' | 'en';

const thaiDigits = '๐๑๒๓๔๕๖๗๘๙';
export const toThaiDigits = (s: string) => s.replace(/[0-9]/g, (d) => thaiDigits[Number(d)]!);

function withThousands(fixed: string): string {
  const [int, dec] = fixed.split('.') as [string, string | undefined];
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return dec === undefined ? grouped : `${grouped}.${dec}`;
}

type ProvinceStyle = 'th' | 'jo' | 'changwat' | 'iso' | 'code' | 'en';

/** One spelling per province per file, as one province's staff would type it throughout. */
export function provinceStyle(r: Rng, headers: HeaderLanguage): ProvinceStyle {
  return headers === 'en'
    ? r.weighted<ProvinceStyle>({ th: 0.55, jo: 0.05, changwat: 0.05, iso: 0.08, code: 0.07, en: 0.2 })
    : r.weighted<ProvinceStyle>({ th: 0.72, jo: 0.08, changwat: 0.08, iso: 0.04, code: 0.04, en: 0.04 });
}

export function provinceCell(p: ProvinceRef, style: ProvinceStyle): string {
  switch (style) {
    case 'th': return p.nameTh;
    case 'jo': return `จ.${p.nameTh}`;
    case 'changwat': return `จังหวัด${p.nameTh}`;
    case 'iso': return p.iso;
    case 'code': return p.code;
    case 'en': return p.nameEn;
  }
}

/** Codes in most rows, the exact Thai name in some. */
export function indicatorCell(ind: CatalogIndicator, r: Rng): string {
  return r.chance(0.12) ? ind.nameTh : ind.code;
}

const notReportedWords = { th: ['ไม่รายงานผล', 'ไม่รายงานผล', 'ไม่รายงาน'], en: ['not reported'] };
const pendingWords = { th: ['อยู่ระหว่างดำเนินการ', 'อยู่ระหว่างดำเนินการ', 'N/A', 'ยังไม่สามารถออกผลการดำเนินงาน'], en: ['pending', 'N/A'] };

/** The result cell: a plain number in most rows, otherwise one of the variants users type. */
export function resultCell(o: Outcome, p: Profile, ind: CatalogIndicator, headers: HeaderLanguage, r: Rng): string {
  if (o.kind === 'notReported') return r.pick(notReportedWords[headers]);
  if (o.kind === 'pending') return r.pick(pendingWords[headers]);
  const fixed = o.value.toFixed(p.decimals);
  const variant = r.weighted({ plain: 0.8, thai: 0.07, thousands: 0.07, unit: 0.06 });
  if (variant === 'thai') return toThaiDigits(fixed);
  if (variant === 'thousands' && o.value >= 1000) return withThousands(fixed);
  if (variant === 'unit' && p.kind === 'money') return `${withThousands(fixed)} ${ind.unitTh}`;
  if (variant === 'unit' && p.kind === 'level') return `ระดับ ${fixed}`;
  if (variant === 'unit' && p.kind === 'percent') return `${fixed}%`;
  return fixed;
}

export { withThousands };
