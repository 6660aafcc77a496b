/**
 * The pre-filled form's status column (issue 13) read together with the result column. The status
 * list lets a province say "not reported" or "pending" without typing the words; "reported" (or a
 * blank status, as in every older file) leaves the result column to hold the number or word.
 */
import { reportStatusWords, resultWords } from '../../../../../shared/import-format';
import type { ReportedResult } from '../../../../../shared/classification/types';
import type { ImportColumnKey } from '../../../../../shared/import-format';
import { parseResultCell, type RawCell } from './cells';
import { fail, quote, type ParseError } from './errors';
import { cleanCell, compactKey } from './text';

type Status = 'reported' | 'notReported' | 'pending';

const STATUS_KEYS = new Map<string, Status>([
  ...reportStatusWords.reported.map((w) => [compactKey(w), 'reported'] as const),
  ...resultWords.notReported.map((w) => [compactKey(w), 'notReported'] as const),
  ...resultWords.pending.map((w) => [compactKey(w), 'pending'] as const),
]);

export type RowResult = { ok: true; value: ReportedResult } | { ok: false; column: ImportColumnKey; error: ParseError };

const wrong = (column: ImportColumnKey, e: ParseError): RowResult => ({ ok: false, column, error: e });

/**
 * The row's result from its status cell (may be absent) and result cell.
 *
 * @example
 * readRowResult(null, '449.21')                      // { ok: true, value: { kind: 'value', value: 449.21 } }
 * readRowResult('ไม่รายงานผล', null)                  // { ok: true, value: { kind: 'notReported' } }
 * readRowResult('อยู่ระหว่างดำเนินการ', '12')          // { ok: false, column: 'reportStatus', … STATUS_CONFLICT }
 */
export function readRowResult(statusRaw: RawCell | undefined, resultRaw: RawCell): RowResult {
  const statusText = typeof statusRaw === 'number' ? String(statusRaw) : cleanCell(statusRaw ?? '');
  if (statusText === '') return fromResult(resultRaw);
  const status = STATUS_KEYS.get(compactKey(statusText));
  if (!status) {
    const e = fail(
      'STATUS_INVALID',
      `สถานะการรายงาน ${quote(statusText)} ไม่ถูกต้อง กรุณาเลือก "รายงานผล" "ไม่รายงานผล" หรือ "อยู่ระหว่างดำเนินการ" หรือเว้นว่าง`,
      `The report status ${quote(statusText)} is not valid. Choose "รายงานผล" (reported), "ไม่รายงานผล" (not reported) or "อยู่ระหว่างดำเนินการ" (pending), or leave it empty.`,
    );
    return wrong('reportStatus', (e as { error: ParseError }).error);
  }
  if (status === 'reported') return fromResult(resultRaw);
  const blank = resultRaw === null || resultRaw === undefined || (typeof resultRaw === 'string' && cleanCell(resultRaw) === '');
  if (blank) return { ok: true, value: { kind: status } };
  const result = parseResultCell(resultRaw);
  // The same word in both columns says the same thing; a number beside "not reported" does not.
  if (result.ok && result.value.kind === status) return result;
  const word = status === 'notReported' ? 'ไม่รายงานผล' : 'อยู่ระหว่างดำเนินการ';
  const e = fail(
    'STATUS_CONFLICT',
    `สถานะการรายงานเป็น "${word}" แต่ช่องผลการดำเนินงานมีค่า ${quote(String(resultRaw))} กรุณาลบค่าในช่องผลการดำเนินงาน หรือเปลี่ยนสถานะเป็น "รายงานผล"`,
    `The report status says "${status === 'notReported' ? 'not reported' : 'pending'}" but the result column holds ${quote(String(resultRaw))}. Clear the result, or set the status to "รายงานผล" (reported).`,
  );
  return wrong('reportStatus', (e as { error: ParseError }).error);
}

function fromResult(resultRaw: RawCell): RowResult {
  const r = parseResultCell(resultRaw);
  return r.ok ? r : wrong('result', r.error);
}
