/**
 * A row's three target cells: all three or none, each a number, in the indicator's direction and range.
 */
import { validateTargets, targetProblemMessage, type Targets } from '../../../../shared/classification';
import type { IndicatorMeta } from './context';
import { parseNumberCell } from './parse/cells';
import type { Cell } from './read';
import { isBlankCell, type RowCheck } from './row-check';
import { outOfRange } from './value-rules';

const targetKeys = [
  ['targetMin', 'min'],
  ['targetStd', 'std'],
  ['targetAdv', 'adv'],
] as const;

const missing = { code: 'TARGET_MISSING', th: 'ต้องระบุค่าเป้าหมายให้ครบทั้งสามค่า หรือเว้นว่างทั้งหมดเพื่อใช้ค่าที่บันทึกไว้', en: 'Give all three targets, or leave all three empty to use the stored ones.' };

/** One target cell as a number, or NaN after reporting its problem on the row. */
function targetCell(check: RowCheck, key: (typeof targetKeys)[number][0]): number {
  const parsed = parseNumberCell(check.cell(key));
  if (parsed.ok) return parsed.value;
  check.fail(key, parsed.error.code === 'EMPTY' ? missing : parsed.error);
  return NaN;
}

/** Targets are all three or none (none: the stored ones are used; checked when planning). */
export function readTargets(check: RowCheck, indicator: IndicatorMeta | null): Targets | null {
  // No closures or arrays per row here: this runs for every row of a 100,000-row file. The three cells
  // are read by name, not in a loop over their keys (`values[field]` is a generic property look-up).
  if (isBlankCell(check.cell('targetMin')) && isBlankCell(check.cell('targetStd')) && isBlankCell(check.cell('targetAdv'))) return null;
  const min = targetCell(check, 'targetMin');
  const std = targetCell(check, 'targetStd');
  const adv = targetCell(check, 'targetAdv');
  if (Number.isNaN(min) || Number.isNaN(std) || Number.isNaN(adv) || !indicator) return null;
  const checked = validateTargets({ min, std, adv }, indicator.direction, indicator.kind);
  if (!checked.ok) {
    for (const p of checked.problems) {
      const m = targetProblemMessage(p, indicator.direction);
      const field = 'field' in p ? p.field : 'min';
      check.fail(targetKeys.find(([, f]) => f === field)![0], { code: p.code, ...m });
    }
    return null;
  }
  const t = checked.targets;
  const minRange = outOfRange(t.min, indicator, 'target');
  if (minRange) check.fail('targetMin', minRange);
  const stdRange = outOfRange(t.std, indicator, 'target');
  if (stdRange) check.fail('targetStd', stdRange);
  const advRange = outOfRange(t.adv, indicator, 'target');
  if (advRange) check.fail('targetAdv', advRange);
  return t;
}

/**
 * readTargets, remembered per assignment: a file with both rounds repeats each assignment's three target
 * cells on its second row, and the same cells for the same indicator give the same checked targets (the
 * row's other cells play no part). Only targets that passed every check are remembered, so a repeat is
 * valid and reports nothing; any other row is read and checked in full.
 */
export class TargetsByAssignment {
  /** Per assignment slot: its last valid row's three target cells and their targets, four entries each. */
  private readonly seen: (Cell | Targets | undefined)[] = [];

  /** `slot` is the row's assignment (AssignmentSlots), or -1 when the row has none. */
  read(check: RowCheck, indicator: IndicatorMeta | null, slot: number): Targets | null {
    if (slot < 0) return readTargets(check, indicator);
    const at = slot * 4;
    const min = check.cell('targetMin');
    const std = check.cell('targetStd');
    const adv = check.cell('targetAdv');
    const seen = this.seen;
    if (seen[at + 3] !== undefined && seen[at] === min && seen[at + 1] === std && seen[at + 2] === adv) return seen[at + 3] as Targets;
    const problems = check.errors.length;
    const targets = readTargets(check, indicator);
    if (targets && check.errors.length === problems) {
      seen[at] = min;
      seen[at + 1] = std;
      seen[at + 2] = adv;
      seen[at + 3] = targets;
    }
    return targets;
  }
}
