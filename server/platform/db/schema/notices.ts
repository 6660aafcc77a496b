/**
 * Status notices (เอกสารแจ้งสถานะการดำเนินงาน), their observations and the national recommendations.
 * Owned by the notices feature; the work is in server/domain/notices.
 *
 * Drafts and edits live side by side: re-drafting rewrites `draft_*` only, so a staff edit
 * (`edited_*`) is never overwritten. Issued notices are frozen in `notice_versions` (append-only).
 */
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex, type SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { assignments, indicators, provinces, rounds } from './store';

/**
 * The draft and the staff edit, side by side, shared by observations and recommendations: re-drafting
 * writes `draft_*` only, an edit `edited_*` only. The check keeps an edit whole (text, who, when).
 */
const draftAndEdit = {
  draftText: text('draft_text').notNull(),
  draftedAt: text('drafted_at').notNull(),
  /** Staff's text; null while the draft stands. Re-drafting never touches these three columns. */
  editedText: text('edited_text'),
  editedBy: text('edited_by'),
  editedAt: text('edited_at'),
};
const editComplete = (name: string, t: { editedText: SQLiteColumn; editedBy: SQLiteColumn; editedAt: SQLiteColumn }) =>
  check(name, sql`(${t.editedText} is null) = (${t.editedBy} is null) and (${t.editedText} is null) = (${t.editedAt} is null)`);

/** One observation (ข้อสังเกตของสำนักงาน ก.พ.ร.) per round × assignment (province × indicator × component). */
export const observations = sqliteTable(
  'observations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roundId: integer('round_id').notNull().references(() => rounds.id),
    // An observation means nothing without its assignment: removing one (e.g. a rolled-back batch) removes it.
    assignmentId: integer('assignment_id').notNull().references(() => assignments.id, { onDelete: 'cascade' }),
    /** The situation of data/observation-templates the draft came from, e.g. `belowMin.higher`. */
    templateId: text('template_id').notNull(),
    /** JSON array of the sentence variants used, e.g. `["result.share","history.year.up",…]`. */
    templateSentences: text('template_sentences').notNull(),
    /** JSON of the facts the draft was built from (numbers as stored, never rounded). */
    factsJson: text('facts_json').notNull(),
    ...draftAndEdit,
  },
  (t) => [
    uniqueIndex('observations_key').on(t.roundId, t.assignmentId),
    editComplete('observations_edit_complete', t),
  ],
);

/** The national recommendation (the seed's ข้อสังเกต/ข้อเสนอแนะ column) per round × indicator. */
export const recommendations = sqliteTable(
  'recommendations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roundId: integer('round_id').notNull().references(() => rounds.id),
    indicatorId: integer('indicator_id').notNull().references(() => indicators.id, { onDelete: 'cascade' }),
    /** Where the draft came from: a data file (`data/recommendations/fy2566-r6.json`) or `template:<situation>`. */
    draftSource: text('draft_source').notNull(),
    factsJson: text('facts_json').notNull(),
    ...draftAndEdit,
  },
  (t) => [
    uniqueIndex('recommendations_key').on(t.roundId, t.indicatorId),
    editComplete('recommendations_edit_complete', t),
  ],
);

export const noticeStates = ['draft', 'reviewed', 'issued'] as const;
export type NoticeState = (typeof noticeStates)[number];

/**
 * One notice per round × province, created by its first workflow action (until then it is a draft).
 * `state` is the last action; the effective state also compares the live content with `reviewed_hash`
 * and the current version's hash, so any later change (an edit, an import) makes it a draft again.
 */
export const notices = sqliteTable(
  'notices',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roundId: integer('round_id').notNull().references(() => rounds.id),
    provinceIso: text('province_iso').notNull().references(() => provinces.iso),
    state: text('state', { enum: noticeStates }).notNull().default('draft'),
    /** sha256 of the notice content that was reviewed. */
    reviewedHash: text('reviewed_hash'),
    reviewedBy: text('reviewed_by'),
    reviewedAt: text('reviewed_at'),
    /** The latest issued version number; null until first issued. */
    currentVersion: integer('current_version'),
    updatedBy: text('updated_by').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('notices_key').on(t.roundId, t.provinceIso), check('notices_state', sql`${t.state} in ('draft', 'reviewed', 'issued')`)],
);

/** A notice as issued: the whole notice model (data and text) frozen as JSON. Append-only (triggers). */
export const noticeVersions = sqliteTable(
  'notice_versions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    noticeId: integer('notice_id').notNull().references(() => notices.id),
    version: integer('version').notNull(),
    contentHash: text('content_hash').notNull(),
    modelJson: text('model_json').notNull(),
    reviewedBy: text('reviewed_by').notNull(),
    reviewedAt: text('reviewed_at').notNull(),
    issuedBy: text('issued_by').notNull(),
    issuedAt: text('issued_at').notNull(),
    /** The hash chain, as in `audit_log` (server/platform/db/chain.ts). */
    prevHash: text('prev_hash'),
    rowHash: text('row_hash'),
  },
  (t) => [uniqueIndex('notice_versions_key').on(t.noticeId, t.version), index('notice_versions_notice').on(t.noticeId)],
);
