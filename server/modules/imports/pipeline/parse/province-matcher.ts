/**
 * Match what a province typed in the province column to an ISO 3166-2:TH code. People write the
 * Thai name with or without 'จ.'/'จังหวัด', RTGS English with or without spaces, the ISO code or
 * the two-digit code, in Thai digits too, and sometimes misspell it; a misspelling gets
 * suggestions instead of a silent guess, because a wrong province corrupts someone else's data.
 */
import type { ProvinceRef } from '../../../../../shared/reference';
import { quote, type ParseError } from './errors';
import { levenshtein } from './levenshtein';
import { cleanCell, compactKey } from './text';

export interface ProvinceSuggestion {
  iso: string;
  nameTh: string;
  nameEn: string;
}

export type ProvinceMatch =
  | { ok: true; iso: string }
  | { ok: false; error: ParseError & { code: 'PROVINCE_UNKNOWN'; suggestions: ProvinceSuggestion[] } };

export interface ProvinceMatcher {
  match(raw: string | number | null | undefined): ProvinceMatch;
}

/**
 * Other names in everyday use, by ISO code: short Thai names and common romanisations that are
 * not just the RTGS name with spaces removed (that case is handled by the compact key).
 */
const EXTRA_NAMES: Record<string, string[]> = {
  'TH-10': ['กรุงเทพฯ', 'กรุงเทพ', 'กทม.', 'กทม', 'Krung Thep Maha Nakhon', 'Bangkok Metropolis'],
  'TH-14': ['อยุธยา', 'Ayutthaya', 'Ayudhya'],
  'TH-30': ['โคราช', 'Korat'],
};

// Prefixes and suffixes around a province name. 'จ' needs a '.' or a space after it because
// จันทบุรี starts with จ; 'จว.' is the abbreviation used in official letters.
const TH_PREFIX = /^(?:จังหวัด|จว\.|จ\.|จ )\s*/;
const EN_AFFIX = /^changwat\s+|\s+province$|^province of\s+/gi;
const ISO = /^th[\s-]?(\d{2})$/i;
const THAI_CHAR = /[\u0E01-\u0E4F]/;
const MAX_SUGGESTIONS = 3;

/**
 * Build a matcher over the given provinces (pass all 77: Bangkok is outside the measure but
 * still a province, and the caller decides what to do with it).
 *
 * @example
 * const m = createProvinceMatcher(provinces);
 * m.match('จ.อ่างทอง')  // { ok: true, iso: 'TH-15' }
 * m.match('ANG THONG') // { ok: true, iso: 'TH-15' }
 * m.match('๑๕')        // { ok: true, iso: 'TH-15' }
 * m.match('ตรวด')      // { ok: false, error: { code: 'PROVINCE_UNKNOWN', suggestions: [{ iso: 'TH-23', nameTh: 'ตราด', … }], … } }
 */
export function createProvinceMatcher(provinces: readonly ProvinceRef[]): ProvinceMatcher {
  const byKey = new Map<string, ProvinceRef>();
  const byCode = new Map<string, ProvinceRef>();
  for (const p of provinces) {
    byCode.set(p.code, p);
    for (const name of [p.nameTh, p.nameEn, ...(EXTRA_NAMES[p.iso] ?? [])]) byKey.set(compactKey(name), p);
  }
  // Fuzzy candidates compare like with like: Thai input against Thai names, Latin against English.
  const thaiKeys = provinces.map((p) => ({ p, key: [...compactKey(p.nameTh)] }));
  const enKeys = provinces.map((p) => ({ p, key: [...compactKey(p.nameEn)] }));

  function match(raw: string | number | null | undefined): ProvinceMatch {
    const shown = typeof raw === 'number' ? String(raw) : cleanCell(raw ?? '');
    const name = stripAffixes(shown);

    const iso = ISO.exec(name);
    const code = iso ? iso[1]! : /^\d{1,2}$/.test(name) ? name.padStart(2, '0') : null;
    if (code !== null) {
      const p = byCode.get(code);
      if (p) return { ok: true, iso: p.iso };
      return unknown(shown, []);
    }
    const key = compactKey(name);
    const exact = byKey.get(key);
    if (exact) return { ok: true, iso: exact.iso };
    if (key === '') return unknown(shown, []);

    const q = [...key];
    const pool = THAI_CHAR.test(key) ? thaiKeys : enKeys;
    // A suggestion must be reasonably close: at most 40% of the longer name's code points (at
    // least 1), so 'ตรวด' suggests ตราด but 'Atlantis' does not suggest Pattani; or the name
    // must start with what was typed, for short forms such as 'อุบล' or 'Ubon'.
    const ranked = pool
      .map(({ p, key: k }) => {
        const d = levenshtein(q, k);
        const close = d <= Math.max(1, Math.floor(Math.max(q.length, k.length) * 0.4));
        const prefix = q.length >= 3 && k.length > q.length && q.every((ch, i) => k[i] === ch);
        // A prefix hit ranks just after a one-edit typo: 'Samut' means the three Samut provinces, not Satun.
        return { p, d: prefix ? Math.min(d, 1.5) : d, keep: close || prefix };
      })
      .filter((r) => r.keep)
      .sort((a, b) => a.d - b.d || a.p.iso.localeCompare(b.p.iso))
      .slice(0, MAX_SUGGESTIONS);
    const best = ranked.filter((r) => r.d === ranked[0]?.d).map((r) => r.p);
    return unknown(shown, ranked.map((r) => r.p), best, THAI_CHAR.test(key));
  }
  return { match };
}

function stripAffixes(s: string): string {
  let out = s.replace(TH_PREFIX, '').replace(EN_AFFIX, '').trim();
  // 'จังหวัด จ.ตราด' happens when a template already prints the prefix; strip once more.
  out = out.replace(TH_PREFIX, '').trim();
  return out;
}

function unknown(
  shown: string,
  suggestions: ProvinceRef[],
  best: ProvinceRef[] = [],
  thaiInput = true,
): ProvinceMatch {
  const list = suggestions.map(({ iso, nameTh, nameEn }) => ({ iso, nameTh, nameEn }));
  const q = quote(shown);
  if (best.length === 0) {
    return {
      ok: false,
      error: {
        code: 'PROVINCE_UNKNOWN',
        th: `ไม่พบจังหวัด ${q} กรุณาระบุชื่อจังหวัดภาษาไทย ชื่อภาษาอังกฤษ หรือรหัสจังหวัด เช่น อ่างทอง, Ang Thong หรือ TH-15`,
        en: `Unknown province ${q}. Please write the Thai name, the English name or the code, e.g. อ่างทอง, Ang Thong or TH-15.`,
        suggestions: list,
      },
    };
  }
  const th = best.map((p) => p.nameTh).join(' หรือ ');
  const en = best.map((p) => (thaiInput ? `${p.nameTh} (${p.nameEn})` : `${p.nameEn} (${p.nameTh})`)).join(' or ');
  return {
    ok: false,
    error: { code: 'PROVINCE_UNKNOWN', th: `ไม่พบจังหวัด ${q} หมายถึง ${th} ใช่หรือไม่`, en: `Unknown province ${q}. Did you mean ${en}?`, suggestions: list },
  };
}
