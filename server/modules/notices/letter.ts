/**
 * The cover letter of a notice: its template (data/letters/fy<year>.json, or KPI_LETTER_DIR), the sender
 * settings (the template's `sender`, overridden by KPI_LETTER_* variables), and the issue's running number.
 * Issuing a notice freezes its letter with the version (letterToFreeze, stored beside the model in the
 * version's JSON, so the hash chain covers it too): the template's wording and the sender as they were,
 * and the running number. An issued letter is rebuilt from that and the version's issue date, so editing
 * the template or the settings later changes drafts only. Versions issued before letters were frozen have
 * none and fall back to today's template.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { z } from 'zod';
import { buildLetter, LetterSender, LetterTemplate, type LetterModel } from '../../../shared/notice/letter/model';
import type { Digits, NoticeModel, NoticeStamp } from '../../../shared/contracts/notice';
import { dataDir, processConfig, type Config, type LetterSetting } from '../../platform/config';
import { and, count, eq, lte } from 'drizzle-orm';
import type { Db } from '../../platform/db/client';
import { notices, noticeVersions, rounds } from '../../platform/db/schema';

const templates = new Map<string, { mtimeMs: number; template: LetterTemplate } | null>();

/**
 * The fiscal year's letter template; null when the year has none. Parsed and checked once, and again
 * when the file changes (staff edit the wording before issue without restarting the server).
 */
export function letterTemplate(year: number, dir = processConfig().letter.KPI_LETTER_DIR ?? join(dataDir, 'letters')): LetterTemplate | null {
  const path = join(dir, `fy${year}.json`);
  if (!existsSync(path)) return null;
  const mtimeMs = statSync(path).mtimeMs;
  const cached = templates.get(path);
  if (cached?.mtimeMs === mtimeMs) return cached.template;
  const parsed = LetterTemplate.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  templates.set(path, { mtimeMs, template: parsed.data });
  return parsed.data;
}

const IMAGE_TYPES: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.svg': 'image/svg+xml' };

const images = new Map<string, string>();
/** The Garuda emblem file as a data URL (read once per path); null when none is set. */
function garudaImage(garuda: string | undefined): string | null {
  if (!garuda) return null;
  const type = IMAGE_TYPES[extname(garuda).toLowerCase()];
  if (!type) throw new Error(`KPI_LETTER_GARUDA must be a .png, .jpg or .svg file, got "${garuda}"`);
  if (!existsSync(garuda)) throw new Error(`KPI_LETTER_GARUDA: no file at "${garuda}"`);
  if (!images.has(garuda)) images.set(garuda, `data:${type};base64,${readFileSync(garuda).toString('base64')}`);
  return images.get(garuda)!;
}

/**
 * The sender: the template's, with these variables taking precedence — KPI_LETTER_REF_PREFIX,
 * KPI_LETTER_SIGNER_NAME, KPI_LETTER_SIGNER_POSITION, KPI_LETTER_UNIT, KPI_LETTER_PHONE,
 * KPI_LETTER_EMAIL, and KPI_LETTER_GARUDA (a PNG, JPEG or SVG file of the emblem; none is shipped).
 */
export function letterSender(template: LetterTemplate, env: Config['letter'] = processConfig().letter): LetterSender {
  const s = template.sender;
  const pick = (name: LetterSetting, fallback: string) => env[name] ?? fallback;
  return LetterSender.parse({
    ...s,
    referencePrefix: pick('KPI_LETTER_REF_PREFIX', s.referencePrefix),
    signerName: pick('KPI_LETTER_SIGNER_NAME', s.signerName),
    signerPosition: pick('KPI_LETTER_SIGNER_POSITION', s.signerPosition),
    unit: pick('KPI_LETTER_UNIT', s.unit),
    phone: pick('KPI_LETTER_PHONE', s.phone),
    email: pick('KPI_LETTER_EMAIL', s.email),
    garudaDataUrl: garudaImage(env.KPI_LETTER_GARUDA),
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

/** What issuing freezes of a letter (the Garuda image aside, a setting of the office, not of the letter). */
export const FrozenLetter = z.object({
  template: LetterTemplate,
  sender: LetterSender.omit({ garudaDataUrl: true }),
  sequence: z.number().int().positive(),
});
export type FrozenLetter = z.infer<typeof FrozenLetter>;

/**
 * The letter to freeze with a version about to be issued, in the issuing transaction: the running number
 * is the year's issues so far plus one, as issueSequence counts it once the version is stored. Null when
 * the fiscal year has no letter template.
 */
export function letterToFreeze(db: Db, year: number): FrozenLetter | null {
  const template = letterTemplate(year);
  if (!template) return null;
  const sender = FrozenLetter.shape.sender.parse(senderOf(template));
  const issued = db
    .select({ n: count() })
    .from(noticeVersions)
    .innerJoin(notices, eq(notices.id, noticeVersions.noticeId))
    .innerJoin(rounds, eq(rounds.id, notices.roundId))
    .where(eq(rounds.year, year))
    .get()!.n;
  return { template, sender, sequence: issued + 1 };
}

/** The letter frozen with an issued version; null for versions issued before letters were frozen. */
export function frozenLetter(db: Db, roundId: number, iso: string, version: number): FrozenLetter | null {
  const row = db
    .select({ json: noticeVersions.modelJson })
    .from(noticeVersions)
    .innerJoin(notices, eq(notices.id, noticeVersions.noticeId))
    .where(and(eq(notices.roundId, roundId), eq(notices.provinceIso, iso), eq(noticeVersions.version, version)))
    .get();
  const letter = row && (JSON.parse(row.json) as { letter?: unknown }).letter;
  return letter ? FrozenLetter.parse(letter) : null;
}

/**
 * The letter for a notice: an issued version's from what was frozen with it, a draft's from today's
 * template and settings. Undefined when there is neither a frozen letter nor a template for the year.
 */
export function noticeLetter(db: Db, roundId: number, notice: { model: NoticeModel; stamp: NoticeStamp }, digits: Digits, today = new Date().toISOString()): LetterModel | undefined {
  const { model, stamp } = notice;
  const issued = stamp.state === 'issued' && stamp.version !== null;
  const frozen = issued ? frozenLetter(db, roundId, model.province.iso, stamp.version!) : null;
  const template = frozen?.template ?? letterTemplate(model.year);
  if (!template) return undefined;
  const sender = frozen ? { ...frozen.sender, garudaDataUrl: garudaImage(processConfig().letter.KPI_LETTER_GARUDA) } : senderOf(template);
  return buildLetter({
    template,
    sender,
    notice: model,
    stamp,
    sequence: frozen?.sequence ?? (issued ? issueSequence(db, model.year, roundId, model.province.iso, stamp.version) : null),
    today,
    digits,
  });
}
