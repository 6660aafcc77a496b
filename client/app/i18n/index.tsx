/**
 * Thai-first UI text with an English switch, and one number formatter so every figure on screen uses
 * the same digits (Arabic by default for tables; Thai digits on request, as official documents use).
 */
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { levelLabels, statusLabels, type Level, type Status } from '../../../shared/classification/types';
import { groupLabels, type IndicatorGroup } from '../../../shared/indicator-groups';
import { formatNumber, toThaiDigits } from '../../../shared/thai';
import { formatDateTime } from '../../../shared/format/dates';
import { formatSignedValue, formatValue, type ValueFormat } from '../../../shared/format/values';
import { en } from './en';
import { th, type Messages } from './th';

export type Lang = 'th' | 'en';
export type Digits = 'thai' | 'arabic';
export type { Messages };

const dictionaries: Record<Lang, Messages> = { th, en };

export interface I18n {
  lang: Lang;
  t: Messages;
  digits: Digits;
  setLang(lang: Lang): void;
  setDigits(digits: Digits): void;
  /** A number in the chosen digits, en-US grouping (as Thai official documents print). */
  num(value: number, maxFractionDigits?: number): string;
  /** An indicator's value, target or difference: always the catalog's decimals (1,504.10 beside 2,335.98). */
  value(value: number, format: ValueFormat): string;
  /** A change of an indicator's value, signed (+150.50), in the catalog's decimals. */
  signedValue(value: number, format: ValueFormat): string;
  /** Any text with its Arabic digits converted when Thai digits are chosen (years, codes in labels). */
  digitsOf(text: string | number): string;
  status(s: Status): string;
  level(l: Level): string;
  group(g: IndicatorGroup): string;
  /** A province cluster's name (the reference data gives the Thai name). */
  cluster(c: string): string;
  /** A region name (the API gives the English name). */
  region(r: string): string;
  /** The name of anything that has `nameTh` / `nameEn`. */
  name(x: { nameTh: string; nameEn: string }): string;
  date(d: string | Date): string;
}

const I18nContext = createContext<I18n | null>(null);

const stored = <T extends string>(key: string, allowed: readonly T[], fallback: T): T => {
  try {
    const v = window.localStorage.getItem(key);
    return (allowed as readonly string[]).includes(v ?? '') ? (v as T) : fallback;
  } catch {
    return fallback;
  }
};

export function makeI18n(lang: Lang, digits: Digits, setLang: (l: Lang) => void = () => {}, setDigits: (d: Digits) => void = () => {}): I18n {
  // English readers get Arabic digits whatever the Thai preference is.
  const d: Digits = lang === 'en' ? 'arabic' : digits;
  return {
    lang,
    t: dictionaries[lang],
    digits: d,
    setLang,
    setDigits,
    num: (value, maxFractionDigits = 2) => formatNumber(value, { digits: d, maxFractionDigits }),
    value: (value, format) => formatValue(value, format, d),
    signedValue: (value, format) => formatSignedValue(value, format, d),
    digitsOf: (text) => (d === 'thai' ? toThaiDigits(String(text)) : String(text)),
    status: (s) => statusLabels[s][lang],
    level: (l) => levelLabels[l][lang],
    group: (g) => dictionaries[lang].referenceNames.groups[g] ?? groupLabels[g][lang],
    cluster: (c) => dictionaries[lang].referenceNames.clusters[c] ?? c,
    region: (r) => dictionaries[lang].regions[r] ?? r,
    name: (x) => (lang === 'th' ? x.nameTh : x.nameEn),
    date: (value) => {
      const text = formatDateTime(value, lang);
      return d === 'thai' ? toThaiDigits(text) : text;
    },
  };
}

/** The reader's stored choices (browser only; a server render is told them). */
export const storedLang = () => stored<Lang>('kpi.lang', ['th', 'en'], 'th');
export const storedDigits = () => stored<Digits>('kpi.digits', ['thai', 'arabic'], 'arabic');

export function I18nProvider({ children, initialLang, initialDigits }: { children: ReactNode; initialLang?: Lang; initialDigits?: Digits }) {
  const [lang, setLangState] = useState<Lang>(() => initialLang ?? storedLang());
  const [digits, setDigitsState] = useState<Digits>(() => initialDigits ?? storedDigits());
  useEffect(() => {
    document.documentElement.lang = lang;
    // Copied into cookies so the server draws the next page's first screen in the same language and
    // digits (server/platform/http/client-page.ts); a page drawn otherwise is rendered afresh, not hydrated.
    for (const [name, value] of [['kpi_lang', lang], ['kpi_digits', digits]]) document.cookie = `${name}=${value}; path=/; max-age=31536000; samesite=lax`;
  }, [lang, digits]);
  const value = useMemo(
    () =>
      makeI18n(
        lang,
        digits,
        (l) => {
          setLangState(l);
          try {
            window.localStorage.setItem('kpi.lang', l);
          } catch {
            /* private mode: the choice lasts for this page only */
          }
        },
        (dg) => {
          setDigitsState(dg);
          try {
            window.localStorage.setItem('kpi.digits', dg);
          } catch {
            /* as above */
          }
        },
      ),
    [lang, digits],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n needs <I18nProvider> above it');
  return ctx;
}
