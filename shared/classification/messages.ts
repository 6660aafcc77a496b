/**
 * Formal Thai and English messages for target problems, shown to the people who fill in targets.
 * Wording is ours (our default); the Thai target names follow the seed (ค่าเป้าหมายขั้นต้น / มาตรฐาน / ขั้นสูง).
 */
import type { Direction, LocalizedText, TargetField, TargetProblem } from './types';

/** Names of the target fields (seed: ค่าเป้าหมายขั้นต้น, มาตรฐาน, ขั้นสูง). */
export const targetFieldLabels: Record<TargetField, LocalizedText> = {
  min: { th: 'ค่าเป้าหมายขั้นต้น', en: 'minimum target' },
  std: { th: 'ค่าเป้าหมายมาตรฐาน', en: 'standard target' },
  adv: { th: 'ค่าเป้าหมายขั้นสูง', en: 'advanced target' },
};

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * A formal Thai and English message for one target problem. The direction decides the wording of
 * `TARGETS_DISORDERED` (ascending for higher-is-better, descending for lower-is-better; brief).
 *
 * @example
 * targetProblemMessage({ code: 'TARGETS_DISORDERED' }, 'higher').en
 * // → 'Targets must ascend (minimum ≤ standard ≤ advanced) for a higher-is-better indicator'
 * targetProblemMessage({ code: 'TARGET_MISSING', field: 'std' }, 'higher').th
 * // → 'ยังไม่ได้ระบุค่าเป้าหมายมาตรฐาน'
 */
export function targetProblemMessage(problem: TargetProblem, direction: Direction): LocalizedText {
  switch (problem.code) {
    case 'TARGET_MISSING': {
      const f = targetFieldLabels[problem.field];
      return { th: `ยังไม่ได้ระบุ${f.th}`, en: `The ${f.en} is missing` };
    }
    case 'TARGET_NOT_FINITE': {
      const f = targetFieldLabels[problem.field];
      return { th: `${f.th}ต้องเป็นตัวเลขที่มีค่าจำกัด`, en: `${capitalise(f.en)} must be a finite number` };
    }
    case 'LEVEL_NOT_INTEGER': {
      const f = targetFieldLabels[problem.field];
      return {
        th: `${f.th}ของตัวชี้วัดระดับความสำเร็จต้องเป็นจำนวนเต็ม`,
        en: `The ${f.en} of a success-level indicator must be a whole number`,
      };
    }
    case 'TARGETS_DISORDERED':
      return direction === 'higher'
        ? {
            th: 'ค่าเป้าหมายต้องเรียงจากน้อยไปมาก (ขั้นต้น ≤ มาตรฐาน ≤ ขั้นสูง)',
            en: 'Targets must ascend (minimum ≤ standard ≤ advanced) for a higher-is-better indicator',
          }
        : {
            th: 'ค่าเป้าหมายต้องเรียงจากมากไปน้อย (ขั้นต้น ≥ มาตรฐาน ≥ ขั้นสูง)',
            en: 'Targets must descend (minimum ≥ standard ≥ advanced) for a lower-is-better indicator',
          };
    default: {
      const unknown: never = problem;
      throw new TypeError(`Unknown target problem: ${JSON.stringify(unknown)}`);
    }
  }
}
