/**
 * The per-row helpers of validation: the row being checked (its cells and problems, each problem with its
 * row, column and Thai/English message), blank-cell rules and a cache for pure cell parsers.
 */
import type { ImportColumnKey } from '../../../../shared/import-format';
import type { ImportIssue } from '../../../../shared/contracts/import-report';
import type { IndicatorMeta } from './context';
import type { AssignmentRef } from './import-row';
import type { Cell } from './read';

export interface Message {
  code: string;
  th: string;
  en: string;
}

export const isBlankCell = (c: Cell) => c == null || (typeof c === 'string' && c.trim() === '');

export function isBlankRow(cells: Cell[]): boolean {
  for (const c of cells) if (!isBlankCell(c)) return false;
  return true;
}

/** A valid row's problems: none, shared (an array per row was garbage for 100,000 valid rows). */
const NO_ERRORS: readonly ImportIssue[] = Object.freeze([]);

/** The row being checked: its cells and the problems found so far (one instance reused for every row). */
export class RowCheck {
  cells: Cell[] = [];
  row = 0;
  /** Made at the row's first problem only. */
  private found: ImportIssue[] | null = null;
  constructor(
    private readonly columns: Partial<Record<ImportColumnKey, number>>,
    private readonly header: string[],
  ) {}

  start(cells: Cell[], row: number) {
    this.cells = cells;
    this.row = row;
    this.found = null;
  }

  get errors(): readonly ImportIssue[] {
    return this.found ?? NO_ERRORS;
  }

  cell(key: ImportColumnKey): Cell {
    const idx = this.columns[key];
    return idx === undefined ? null : (this.cells[idx] ?? null);
  }

  fail(key: ImportColumnKey | null, m: Message, extra?: Partial<ImportIssue>) {
    const idx = key ? this.columns[key] : undefined;
    const value = key ? this.cell(key) : null;
    (this.found ??= []).push({
      row: this.row,
      column: key,
      header: idx === undefined ? null : (this.header[idx] ?? null),
      code: m.code,
      th: m.th,
      en: m.en,
      value: value != null ? String(value) : null,
      ...extra,
    });
  }
}

/** Caches a pure cell parser by the cell's value (results are never mutated by callers). */
export function memo<T>(parse: (raw: Cell) => T): (raw: Cell) => T {
  const cache = new Map<Cell, T>();
  return (raw) => {
    let v = cache.get(raw);
    if (v === undefined && !cache.has(raw)) cache.set(raw, (v = parse(raw)));
    return v as T;
  };
}

/**
 * The assignments a file reports on, found by indicator, province and component without a key string
 * per row: each assignment's AssignmentRef is made once and shared by its rows (a key string was
 * concatenated, then hashed, for each of the 100,000 rows of a large file).
 */
export class AssignmentSlots {
  private readonly byIndicator = new Map<number, Map<string, Map<string, number>>>();
  /** Each assignment, by its slot (0, 1, 2… in the order first seen). */
  readonly refs: AssignmentRef[] = [];

  slot(indicator: IndicatorMeta, iso: string, component: string): number {
    let byIso = this.byIndicator.get(indicator.id);
    if (!byIso) this.byIndicator.set(indicator.id, (byIso = new Map()));
    let byComponent = byIso.get(iso);
    if (!byComponent) byIso.set(iso, (byComponent = new Map()));
    let slot = byComponent.get(component);
    if (slot === undefined) {
      byComponent.set(component, (slot = this.refs.length));
      this.refs.push({ slot, year: indicator.year, iso, indicator, component });
    }
    return slot;
  }
}
