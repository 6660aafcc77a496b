/**
 * The cover letter of a notice: its template (data/letters/fy<year>.json), the sender settings
 * (the template's `sender`, overridden by KPI_LETTER_* variables), and the issue's running number.
 * An issued notice's letter is built from its frozen version (issue date, and the version row's place
 * among the year's issues), so reprinting it gives the same letter.
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { buildLetter, LetterSender, LetterTemplate, type LetterModel } from '../../../shared/notice/letter/model';
import type { Digits } from '../../../shared/contracts/notice';
import { dataDir, processConfig, type Config, type LetterSetting } from '../../platform/config';
import { and, count, eq, lte } from 'drizzle-orm';
import type { Db } from '../../platform/db/client';
import { notices, noticeVersions, rounds } from '../../platform/db/schema';
import type { PrintableNotice } from './pdf/print';

const templates = new Map<number, LetterTemplate | null>();

/** The fiscal year's letter template; null when the year has none. Read and checked once per year. */
export function letterTemplate(year: number, dir = join(dataDir, 'letters')): LetterTemplate | null {
  if (!templates.has(year)) {
    const path = join(dir, `fy${year}.json`);
    if (!existsSync(path)) templates.set(year, null);
    else {
      const parsed = LetterTemplate.safeParse(JSON.parse(readFileSync(path, 'utf8')));
      if (!parsed.success) throw new Error(`${path}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      templates.set(year, parsed.data);
    }
  }
  return templates.get(year)!;
}

const IMAGE_TYPES: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.svg': 'image/svg+xml' };

/**
 * The sender: the template's, with these variables taking precedence — KPI_LETTER_REF_PREFIX,
 * KPI_LETTER_SIGNER_NAME, KPI_LETTER_SIGNER_POSITION, KPI_LETTER_UNIT, KPI_LETTER_PHONE,
 * KPI_LETTER_EMAIL, and KPI_LETTER_GARUDA (a PNG, JPEG or SVG file of the emblem; none is shipped).
 */
export function letterSender(template: LetterTemplate, env: Config['letter'] = processConfig().letter): LetterSender {
  const s = template.sender;
  const pick = (name: LetterSetting, fallback: string) => env[name] ?? fallback;
  let garudaDataUrl: string | null = null;
  const garuda = env.KPI_LETTER_GARUDA;
  if (garuda) {
    const type = IMAGE_TYPES[extname(garuda).toLowerCase()];
    if (!type) throw new Error(`KPI_LETTER_GARUDA must be a .png, .jpg or .svg file, got "${garuda}"`);
    if (!existsSync(garuda)) throw new Error(`KPI_LETTER_GARUDA: no file at "${garuda}"`);
    garudaDataUrl = `data:${type};base64,${readFileSync(garuda).toString('base64')}`;
  }
  return LetterSender.parse({
    ...s,
    referencePrefix: pick('KPI_LETTER_REF_PREFIX', s.referencePrefix),
    signerName: pick('KPI_LETTER_SIGNER_NAME', s.signerName),
    signerPosition: pick('KPI_LETTER_SIGNER_POSITION', s.signerPosition),
    unit: pick('KPI_LETTER_UNIT', s.unit),
    phone: pick('KPI_LETTER_PHONE', s.phone),
    email: pick('KPI_LETTER_EMAIL', s.email),
    garudaDataUrl,
  });
}

/**
 * The running number of an issue: its place among every notice version issued in the fiscal year, in
 * issue order. Versions are append-only (the table refuses updates and deletes), so the number of an
 * issue never changes. Null for a notice never issued.
 */
export function issueSequence(db: Db, year: number, roundId: number, iso: string, version: number | null): number | null {
  if (version === null) return null;
  const issue = db
    .select({ id: noticeVersions.id })
    .from(noticeVersions)
    .innerJoin(notices, eq(notices.id, noticeVersions.noticeId))
    .where(and(eq(notices.roundId, roundId), eq(notices.provinceIso, iso), eq(noticeVersions.version, version)))
    .get();
  if (!issue) return null;
  const row = db
    .select({ n: count() })
    .from(noticeVersions)
    .innerJoin(notices, eq(notices.id, noticeVersions.noticeId))
    .innerJoin(rounds, eq(rounds.id, notices.roundId))
    .where(and(eq(rounds.year, year), lte(noticeVersions.id, issue.id)))
    .get()!;
  return row.n;
}

const senders = new WeakMap<LetterTemplate, LetterSender>();
/** The process's sender for a template, built once: a round's ZIP prints 76 letters with the same one. */
const senderOf = (template: LetterTemplate) => senders.get(template) ?? senders.set(template, letterSender(template)).get(template)!;

/** The letter for a printable notice; undefined when the fiscal year has no letter template. */
export function noticeLetter(db: Db, roundId: number, notice: PrintableNotice, digits: Digits, today = new Date().toISOString()): LetterModel | undefined {
  const template = letterTemplate(notice.model.year);
  if (!template) return undefined;
  const { model, stamp } = notice;
  const issued = stamp.state === 'issued';
  return buildLetter({
    template,
    sender: senderOf(template),
    notice: model,
    stamp,
    sequence: issued ? issueSequence(db, model.year, roundId, model.province.iso, stamp.version) : null,
    today,
    digits,
  });
}
