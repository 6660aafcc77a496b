/**
 * The KPI store. One row per fact, with provenance: every assignment (targets) and result knows the
 * import batch that wrote it, and a changed value keeps its previous value in a *_history table.
 */
import { sql } from 'drizzle-orm';
import { index, integer, real, sqliteTable, text, uniqueIndex, check } from 'drizzle-orm/sqlite-core';
import { resultKinds } from '../../../../shared/contracts/classification';
import { directions, indicatorGroups, indicatorKinds } from '../../../../shared/contracts/reference';

export const fiscalYears = sqliteTable('fiscal_years', {
  year: integer('year').primaryKey(), // Buddhist Era, e.g. 2566
  titleTh: text('title_th').notNull(),
  titleEn: text('title_en').notNull(),
  source: text('source').notNull(),
});

export const rounds = sqliteTable(
  'rounds',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    year: integer('year').notNull().references(() => fiscalYears.year),
    months: integer('months').notNull(), // 6 or 12
  },
  (t) => [uniqueIndex('rounds_year_months').on(t.year, t.months), check('rounds_months', sql`${t.months} in (6, 12)`)],
);

export const provinces = sqliteTable('provinces', {
  iso: text('iso').primaryKey(), // ISO 3166-2:TH, e.g. TH-15
  code: text('code').notNull().unique(),
  nameTh: text('name_th').notNull(),
  nameEn: text('name_en').notNull(),
  region: text('region').notNull(),
  cluster: text('cluster'),
  inMeasure: integer('in_measure', { mode: 'boolean' }).notNull(),
});

export const indicators = sqliteTable(
  'indicators',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    year: integer('year').notNull().references(() => fiscalYears.year),
    seq: integer('seq').notNull(), // order in the catalog file
    code: text('code').notNull(),
    nameTh: text('name_th').notNull(),
    nameEn: text('name_en').notNull(),
    group: text('group', { enum: indicatorGroups }).notNull(),
    unitTh: text('unit_th').notNull(),
    unitEn: text('unit_en').notNull(),
    decimals: integer('decimals').notNull().default(2), // places shown; the catalog's value replaces the default at the next start
    direction: text('direction', { enum: directions }).notNull(),
    kind: text('kind', { enum: indicatorKinds }).notNull(),
    accumulates: integer('accumulates', { mode: 'boolean' }).notNull(),
    hasComponents: integer('has_components', { mode: 'boolean' }).notNull(),
    componentLabelTh: text('component_label_th'),
    componentLabelEn: text('component_label_en'),
    example: integer('example', { mode: 'boolean' }).notNull(),
    source: text('source').notNull(),
  },
  (t) => [uniqueIndex('indicators_year_code').on(t.year, t.code)],
);

/** Which provinces the catalog assigns each indicator to (before any targets are known). */
export const indicatorProvinces = sqliteTable(
  'indicator_provinces',
  {
    indicatorId: integer('indicator_id').notNull().references(() => indicators.id),
    provinceIso: text('province_iso').notNull().references(() => provinces.iso),
  },
  (t) => [uniqueIndex('indicator_provinces_pk').on(t.indicatorId, t.provinceIso)],
);

export const importBatches = sqliteTable('import_batches', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  fileName: text('file_name').notNull(),
  sha256: text('sha256').notNull(),
  importedBy: text('imported_by').notNull(),
  source: text('source', { enum: ['cli', 'api', 'demo'] }).notNull(),
  createdAt: text('created_at').notNull(), // ISO 8601 UTC
  rowsTotal: integer('rows_total').notNull(),
  rowsNew: integer('rows_new').notNull(),
  rowsChanged: integer('rows_changed').notNull(),
  rowsUnchanged: integer('rows_unchanged').notNull(),
  targetsNew: integer('targets_new').notNull(),
  targetsChanged: integer('targets_changed').notNull(),
  /** Set when the batch was rolled back (its previous values restored); the rollback is audited. */
  rolledBackAt: text('rolled_back_at'),
  rolledBackBy: text('rolled_back_by'),
});

/**
 * A province × indicator × component × fiscal year with its three targets. `component` is '' for an
 * indicator without components (a NOT NULL key keeps the unique index simple; the API maps '' to null).
 */
export const assignments = sqliteTable(
  'assignments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    year: integer('year').notNull().references(() => fiscalYears.year),
    provinceIso: text('province_iso').notNull().references(() => provinces.iso),
    indicatorId: integer('indicator_id').notNull().references(() => indicators.id),
    component: text('component').notNull().default(''),
    targetMin: real('target_min').notNull(),
    targetStd: real('target_std').notNull(),
    targetAdv: real('target_adv').notNull(),
    batchId: integer('batch_id').notNull().references(() => importBatches.id),
  },
  (t) => [
    uniqueIndex('assignments_key').on(t.year, t.provinceIso, t.indicatorId, t.component),
    index('assignments_indicator').on(t.indicatorId),
  ],
);

export const assignmentHistory = sqliteTable('assignment_history', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  assignmentId: integer('assignment_id').notNull().references(() => assignments.id),
  targetMin: real('target_min').notNull(),
  targetStd: real('target_std').notNull(),
  targetAdv: real('target_adv').notNull(),
  batchId: integer('batch_id').notNull().references(() => importBatches.id), // the batch that wrote these values
  replacedByBatchId: integer('replaced_by_batch_id').notNull().references(() => importBatches.id),
});

export { resultKinds };

export const results = sqliteTable(
  'results',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roundId: integer('round_id').notNull().references(() => rounds.id),
    assignmentId: integer('assignment_id').notNull().references(() => assignments.id),
    kind: text('kind', { enum: resultKinds }).notNull(),
    value: real('value'),
    note: text('note'),
    batchId: integer('batch_id').notNull().references(() => importBatches.id),
  },
  (t) => [
    uniqueIndex('results_key').on(t.roundId, t.assignmentId),
    // By assignment: deleting an assignment makes SQLite look for its results (the foreign key), and
    // results_key leads with the round. Without it a rollback of the demo round in a 100 k-row store
    // scanned the results table once per removed assignment: 4.4–6.3 s with the write lock held
    // (24–103 ms with it). A round's new results carry new, ascending assignment ids: they land at
    // this index's end, a few pages (bench/import-pages.ts).
    index('results_assignment').on(t.assignmentId),
    check('results_value_kind', sql`(${t.kind} = 'value') = (${t.value} is not null)`),
  ],
);

export const resultHistory = sqliteTable(
  'result_history',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    resultId: integer('result_id').notNull().references(() => results.id),
    kind: text('kind', { enum: resultKinds }).notNull(),
    value: real('value'),
    note: text('note'),
    batchId: integer('batch_id').notNull().references(() => importBatches.id),
    replacedByBatchId: integer('replaced_by_batch_id').notNull().references(() => importBatches.id),
  },
  (t) => [index('result_history_result').on(t.resultId)],
);
