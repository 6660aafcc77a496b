import { describe, expect, it } from 'vitest';
import { readRowResult } from './report-status';

describe('the form status column read with the result column', () => {
  it.each([
    [undefined, 449.21, { kind: 'value', value: 449.21 }],
    [null, '๔๔๙.๒๑', { kind: 'value', value: 449.21 }],
    ['รายงานผล', '12', { kind: 'value', value: 12 }],
    ['Reported', 3, { kind: 'value', value: 3 }],
    ['ไม่รายงานผล', null, { kind: 'notReported' }],
    ['ไม่รายงานผล', '  ', { kind: 'notReported' }],
    ['อยู่ระหว่างดำเนินการ', '', { kind: 'pending' }],
    ['pending', 'อยู่ระหว่างดำเนินการ', { kind: 'pending' }],
    [null, 'ไม่รายงานผล', { kind: 'notReported' }],
  ] as const)('status %j, result %j → %j', (status, result, value) => {
    expect(readRowResult(status, result)).toEqual({ ok: true, value });
  });

  it('refuses a number beside "not reported", naming the status column, in Thai and English', () => {
    const r = readRowResult('ไม่รายงานผล', 12);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.column).toBe('reportStatus');
    expect(r.error.code).toBe('STATUS_CONFLICT');
    expect(r.error.th).toContain('ไม่รายงานผล');
    expect(r.error.en).toContain('not reported');
  });

  it('refuses an unknown status word, and a reported status without a result', () => {
    expect(readRowResult('เสร็จแล้ว', 1)).toMatchObject({ ok: false, column: 'reportStatus', error: { code: 'STATUS_INVALID' } });
    expect(readRowResult('รายงานผล', null)).toMatchObject({ ok: false, column: 'result', error: { code: 'RESULT_EMPTY' } });
  });
});
