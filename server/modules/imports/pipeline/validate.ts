/**
 * Row-by-row validation: every cell is parsed and checked against the catalog, and every problem is
 * collected (never only the first) with its row, column and a Thai and English message.
 */
import type { ImportIssue } from '../../../../shared/contracts/import-report';
import { normaliseName, type ImportContext, type IndicatorMeta } from './context';
import { importRow, type AssignmentRef, type ImportRow } from './import-row';
import { parseFiscalYear, parseRound } from './parse/cells';
import { readRowResult } from './parse/report-status';
import { outOfRange, ruledText } from './value-rules';
import { TargetsByAssignment } from './read-targets';
import { AssignmentSlots, isBlankRow, memo, RowCheck } from './row-check';
import { mapHeaders } from './parse/headers';
import type { Cell, SheetTable } from './read';
import { tableRows, type SheetRows } from './sheet-rows';

/** A valid row: one object per row, which the plan then fills in (import-row.ts says why). */
export type ValidRow = ImportRow;

/** A table read whole (tests, benches, the demo's preview): validated as the import validates a sheet. */
export function validateTable(table: SheetTable, ctx: ImportContext): { rows: ValidRow[]; errors: ImportIssue[] } {
  return validateRows(tableRows(table), ctx);
}

/**
 * Validates the rows as they are read (`sheet.next()`: the header, then each row), so that a row's
 * cells can die young; only the checked rows are kept. Stops reading at a bad header.
 */
export function validateRows(sheet: Pick<SheetRows, 'next' | 'headerRowIndex'>, ctx: ImportContext): { rows: ValidRow[]; errors: ImportIssue[] } {
  const errors: ImportIssue[] = [];
  const header = (sheet.next() ?? []).map((c) => (c == null ? '' : String(c)));
  const mapped = mapHeaders(header);
  if (!mapped.ok) {
    for (const e of mapped.errors) errors.push({ row: sheet.headerRowIndex + 1, column: null, header: null, code: e.code, th: e.th, en: e.en, value: null });
    return { rows: [], errors };
  }
  const columns = mapped.columns;
  // Year, round, province and indicator cells repeat on most rows: parse each distinct text once.
  const parseYear = memo(parseFiscalYear);
  const parseRoundCell = memo(parseRound);
  const matchProvince = memo((raw: Cell) => ctx.matchProvince(String(raw ?? '')));
  // Components repeat in every round and notes are mostly empty: their text rules run once per distinct cell.
  const ruledNote = memo((raw: Cell) => ruledText(raw, 'note'));
  const ruledComponent = memo((raw: Cell) => ruledText(raw, 'component'));
  const rows: ValidRow[] = [];
  // Row numbers start at 1 (the header), so 0 marks "no row yet".
  const assignments = new AssignmentSlots();
  const targetsOf = new TargetsByAssignment();
  const indicatorFinders = new Map<number, (cell: Cell) => IndicatorMeta | null>();
  const firstRows: number[] = [];

  const check = new RowCheck(columns, header);
  for (let i = 1, cells = sheet.next(); cells !== null; i++, cells = sheet.next()) {
    if (isBlankRow(cells)) continue;
    const rowNumber = sheet.headerRowIndex + i + 1;
    check.start(cells, rowNumber);

    const year = parseYear(check.cell('fiscalYear'));
    const round = parseRoundCell(check.cell('round'));
    const province = matchProvince(check.cell('province'));
    const result = readRowResult(check.cell('reportStatus'), check.cell('result'));
    const noteText = ruledNote(check.cell('note'));
    const componentText = ruledComponent(check.cell('component'));
    if (!noteText.ok) check.fail('note', noteText.error);
    if (!componentText.ok) check.fail('component', componentText.error);
    const noteCell = noteText.ok ? noteText.value : null;
    const component = (componentText.ok ? componentText.value : null) ?? '';
    if (!year.ok) check.fail('fiscalYear', year.error);
    if (!round.ok) check.fail('round', round.error);
    if (!result.ok) check.fail(result.column, result.error);

    let iso: string | null = null;
    if (!province.ok) {
      check.fail('province', province.error, { suggestions: province.error.suggestions.map((s) => `${s.nameTh} (${s.iso})`) });
    } else if (!ctx.provinces.get(province.iso)?.inMeasure) {
      check.fail('province', {
        code: 'PROVINCE_NOT_IN_MEASURE',
        th: `${ctx.provinces.get(province.iso)?.nameTh ?? province.iso} ไม่อยู่ในมาตรการปรับปรุงประสิทธิภาพของจังหวัด`,
        en: `${ctx.provinces.get(province.iso)?.nameEn ?? province.iso} is not part of the provincial performance measure.`,
      });
    } else iso = province.iso;

    let indicator: IndicatorMeta | null = null;
    let roundId: number | null = null;
    if (year.ok) {
      const catalog = ctx.years.get(year.value);
      if (!catalog) {
        check.fail('fiscalYear', {
          code: 'YEAR_NO_CATALOG',
          th: `ยังไม่มีบัญชีตัวชี้วัดของปีงบประมาณ ${year.value} ในระบบ`,
          en: `There is no indicator catalog for fiscal year ${year.value}.`,
        });
      } else {
        if (round.ok) roundId = catalog.roundIds.get(round.value) ?? null;
        // One look-up per distinct cell and year (trimming and upper-casing made two strings per row).
        let findIndicator = indicatorFinders.get(year.value);
        if (!findIndicator) {
          const lookUp = (raw: string) => catalog.byCode.get(raw.toUpperCase()) ?? catalog.byName.get(normaliseName(raw)) ?? null;
          indicatorFinders.set(year.value, (findIndicator = memo((cell: Cell) => lookUp(String(cell ?? '').trim()))));
        }
        indicator = findIndicator(check.cell('indicator'));
        if (!indicator) {
          const raw = String(check.cell('indicator') ?? '').trim();
          if (!raw) check.fail('indicator', { code: 'INDICATOR_EMPTY', th: 'ไม่ได้ระบุตัวชี้วัด', en: 'The indicator is missing.' });
          else {
            check.fail('indicator', {
              code: 'INDICATOR_UNKNOWN',
              th: `ไม่พบตัวชี้วัด "${raw}" ในบัญชีตัวชี้วัดปีงบประมาณ ${year.value} (ใช้รหัส เช่น ECO-05 หรือชื่อภาษาไทยตามบัญชี)`,
              en: `Unknown indicator "${raw}" for fiscal year ${year.value} (use its code, e.g. ECO-05, or its exact Thai name).`,
            });
          }
        }
      }
    }

    if (indicator && iso && !indicator.provinces.has(iso)) {
      const p = ctx.provinces.get(iso)!;
      check.fail('indicator', {
        code: 'NOT_ASSIGNED',
        th: `จังหวัด${p.nameTh}ไม่ได้รับมอบตัวชี้วัด ${indicator.code} ในปีงบประมาณ ${indicator.year}`,
        en: `${p.nameEn} is not assigned indicator ${indicator.code} in fiscal year ${indicator.year}.`,
      });
    }
    if (indicator?.hasComponents && !component) {
      check.fail('component', {
        code: 'COMPONENT_REQUIRED',
        th: `ตัวชี้วัด ${indicator.code} ต้องระบุองค์ประกอบ (เช่น ชื่อแหล่งน้ำหรือพื้นที่)`,
        en: `Indicator ${indicator.code} is reported per component: fill in the component (e.g. the water source or area).`,
      });
    } else if (indicator && !indicator.hasComponents && component) {
      check.fail('component', {
        code: 'COMPONENT_NOT_ALLOWED',
        th: `ตัวชี้วัด ${indicator.code} ไม่มีองค์ประกอบ กรุณาเว้นช่องนี้ว่าง`,
        en: `Indicator ${indicator.code} has no components: leave this cell empty.`,
      });
    }

    // The row's assignment, found once: it keys the targets already checked and the duplicate check below.
    const assignment = iso && indicator && round.ok && year.ok ? assignments.slot(indicator, iso, component) : -1;
    const targets = targetsOf.read(check, indicator, assignment);
    const resultRange = result.ok && result.value.kind === 'value' && indicator ? outOfRange(result.value.value, indicator, 'result') : null;
    if (resultRange) check.fail('result', resultRange);

    // The assignment (the indicator names its year) serves the duplicate check and the plan; it is made
    // once per assignment and shared by its rows (import-row.ts). The duplicate check keeps the first row
    // per assignment and round (6 or 12) in a flat array.
    const ref: AssignmentRef | null = assignment >= 0 ? assignments.refs[assignment]! : null;
    if (ref && round.ok) {
      if (firstRows.length === assignment * 2) firstRows.push(0, 0);
      const slot = assignment * 2 + (round.value === 12 ? 1 : 0);
      const first = firstRows[slot]!;
      if (first !== 0) {
        check.fail(null, {
          code: 'DUPLICATE_ROW',
          th: `ข้อมูลซ้ำกับแถวที่ ${first} (ปี รอบ จังหวัด ตัวชี้วัด และองค์ประกอบเดียวกัน)`,
          en: `Duplicates row ${first} (same year, round, province, indicator and component).`,
        });
      } else firstRows[slot] = rowNumber;
    }

    // Every cell parsed (the narrowing says so) and nothing failed: the row is valid.
    if (check.errors.length === 0 && year.ok && round.ok && result.ok && ref !== null && roundId !== null) {
      const r = result.value;
      rows.push(importRow(rowNumber, round.value, roundId, ref, targets, r.kind, r.kind === 'value' ? r.value : null, noteCell));
      continue;
    }
    if (check.errors.length === 0) {
      // Unreachable while every catalog year has both rounds (the reference sync makes them); never drop a row silently.
      check.fail('round', { code: 'ROUND_UNKNOWN', th: 'ไม่พบรอบการประเมินนี้ในปีงบประมาณที่ระบุ', en: 'This round does not exist for the fiscal year given.' });
    }
    for (const e of check.errors) errors.push(e);
  }
  // A header alone, or blank rows after it, leave both empty.
  if (rows.length === 0 && errors.length === 0) {
    errors.push({ row: null, column: null, header: null, code: 'NO_ROWS', th: 'ไม่มีแถวข้อมูลในไฟล์', en: 'The file has no data rows.', value: null });
  }
  return { rows, errors };
}
