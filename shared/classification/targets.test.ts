import { describe, it, expect } from 'vitest';
import {
  assertTargets,
  InvalidTargetsError,
  targetFields,
  targetProblemMessage,
  validateTargets,
} from './index';
import type { Direction, TargetProblem, TargetsInput } from './index';

const good = { min: 10, std: 20, adv: 30 } as const;

describe('validateTargets: accepted', () => {
  it.each([
    [good, 'higher'],
    [{ min: 30, std: 20, adv: 10 }, 'lower'],
    [{ min: 10, std: 10, adv: 30 }, 'higher'],
    [{ min: 10, std: 20, adv: 20 }, 'higher'],
    [{ min: 7, std: 7, adv: 7 }, 'higher'],
    [{ min: 7, std: 7, adv: 7 }, 'lower'],
    [{ min: -5, std: 0, adv: 5 }, 'higher'],
    [{ min: 707.14, std: 744.34, adv: 802.25 }, 'higher'],
  ] as [TargetsInput, Direction][])('%o (%s)', (targets, direction) => {
    expect(validateTargets(targets, direction, 'quantity')).toEqual({ ok: true, targets });
  });
  it('accepts integer stages for a level indicator', () => {
    expect(validateTargets({ min: 1, std: 3, adv: 5 }, 'higher', 'level').ok).toBe(true);
  });
  it('returns a copy, not the input object', () => {
    const input = { ...good };
    const v = validateTargets(input, 'higher', 'quantity');
    expect(v.ok && v.targets).not.toBe(input);
  });
});

describe('validateTargets: problems', () => {
  describe.each(targetFields)('field %s', (field) => {
    it.each([
      ['undefined', undefined, 'TARGET_MISSING'],
      ['null', null, 'TARGET_MISSING'],
      ['NaN', Number.NaN, 'TARGET_MISSING'],
      ['Infinity', Infinity, 'TARGET_NOT_FINITE'],
      ['-Infinity', -Infinity, 'TARGET_NOT_FINITE'],
    ] as const)('%s → %s', (_name, value, code) => {
      const v = validateTargets({ ...good, [field]: value }, 'higher', 'quantity');
      expect(v).toEqual({ ok: false, problems: [{ code, field }] });
    });
    it('absent key → TARGET_MISSING', () => {
      const input: TargetsInput = { ...good };
      delete input[field];
      expect(validateTargets(input, 'higher', 'quantity')).toEqual({
        ok: false,
        problems: [{ code: 'TARGET_MISSING', field }],
      });
    });
    it('non-integer for a level indicator → LEVEL_NOT_INTEGER', () => {
      const targets = { min: 1, std: 3, adv: 5, [field]: { min: 1.5, std: 3.5, adv: 4.5 }[field] };
      expect(validateTargets(targets, 'higher', 'level')).toEqual({
        ok: false,
        problems: [{ code: 'LEVEL_NOT_INTEGER', field }],
      });
    });
  });

  it.each([
    [{ min: 21, std: 20, adv: 30 }, 'higher'],
    [{ min: 10, std: 31, adv: 30 }, 'higher'],
    [{ min: 30, std: 20, adv: 10 }, 'higher'],
    [{ min: 10, std: 20, adv: 30 }, 'lower'],
    [{ min: 19, std: 20, adv: 10 }, 'lower'],
    [{ min: 30, std: 9, adv: 10 }, 'lower'],
  ] as [TargetsInput, Direction][])('disordered %o for %s → TARGETS_DISORDERED', (targets, direction) => {
    expect(validateTargets(targets, direction, 'quantity')).toEqual({ ok: false, problems: [{ code: 'TARGETS_DISORDERED' }] });
  });

  it('reports every problem, field by field, then the order', () => {
    const v = validateTargets({ min: 2.5, std: 1, adv: 0.5 }, 'higher', 'level');
    expect(v).toEqual({
      ok: false,
      problems: [
        { code: 'LEVEL_NOT_INTEGER', field: 'min' },
        { code: 'LEVEL_NOT_INTEGER', field: 'adv' },
        { code: 'TARGETS_DISORDERED' },
      ],
    });
  });

  it('does not judge the order while a target is missing', () => {
    const v = validateTargets({ min: 30, std: 20 }, 'higher', 'quantity');
    expect(v).toEqual({ ok: false, problems: [{ code: 'TARGET_MISSING', field: 'adv' }] });
  });

  it('all three missing', () => {
    const v = validateTargets({}, 'lower', 'quantity');
    expect(v.ok ? [] : v.problems.map((p) => p.code)).toEqual(['TARGET_MISSING', 'TARGET_MISSING', 'TARGET_MISSING']);
  });
});

describe('assertTargets and InvalidTargetsError', () => {
  it('throws InvalidTargetsError carrying the problems and an English message', () => {
    try {
      assertTargets({ min: 10, std: 20, adv: 30 }, 'lower', 'quantity');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(InvalidTargetsError);
      expect(err).toBeInstanceOf(Error);
      const e = err as InvalidTargetsError;
      expect(e.name).toBe('InvalidTargetsError');
      expect(e.problems).toEqual([{ code: 'TARGETS_DISORDERED' }]);
      expect(e.message).toContain('Targets must descend');
    }
  });
});

describe('targetProblemMessage', () => {
  it('TARGETS_DISORDERED wording depends on the direction', () => {
    expect(targetProblemMessage({ code: 'TARGETS_DISORDERED' }, 'higher')).toEqual({
      th: 'ค่าเป้าหมายต้องเรียงจากน้อยไปมาก (ขั้นต้น ≤ มาตรฐาน ≤ ขั้นสูง)',
      en: 'Targets must ascend (minimum ≤ standard ≤ advanced) for a higher-is-better indicator',
    });
    expect(targetProblemMessage({ code: 'TARGETS_DISORDERED' }, 'lower')).toEqual({
      th: 'ค่าเป้าหมายต้องเรียงจากมากไปน้อย (ขั้นต้น ≥ มาตรฐาน ≥ ขั้นสูง)',
      en: 'Targets must descend (minimum ≥ standard ≥ advanced) for a lower-is-better indicator',
    });
  });

  it.each([
    [{ code: 'TARGET_MISSING', field: 'min' }, 'ยังไม่ได้ระบุค่าเป้าหมายขั้นต้น', 'The minimum target is missing'],
    [{ code: 'TARGET_NOT_FINITE', field: 'std' }, 'ค่าเป้าหมายมาตรฐานต้องเป็นตัวเลขที่มีค่าจำกัด', 'Standard target must be a finite number'],
    [
      { code: 'LEVEL_NOT_INTEGER', field: 'adv' },
      'ค่าเป้าหมายขั้นสูงของตัวชี้วัดระดับความสำเร็จต้องเป็นจำนวนเต็ม',
      'The advanced target of a success-level indicator must be a whole number',
    ],
  ] as [TargetProblem, string, string][])('%o', (problem, th, en) => {
    expect(targetProblemMessage(problem, 'higher')).toEqual({ th, en });
    expect(targetProblemMessage(problem, 'lower')).toEqual({ th, en });
  });
});
