/**
 * Classification engine for the provincial performance measure (OPDC): pure functions, no I/O.
 * See each module for the source of every rule (seed / brief / our default).
 */
export * from './types';
export { targetFields, targetsOrdered, validateTargets, assertTargets } from './targets';
export { targetFieldLabels, targetProblemMessage } from './messages';
export { InvalidTargetsError, InvalidResultError, assertFiniteValue } from './errors';
export { levelRank, meets, levelOf } from './levels';
export {
  opdcScale,
  opdcScale70,
  defaultScale,
  scales,
  belowMinPoints,
  assertScale,
  pointsOfLevel,
  scoreOf,
} from './score';
export { classify } from './classify';
export { rollupScores, rollupStatus, statusRollupOrder } from './rollup';
export { countProvinceItems } from './counts';
export { gapToTarget, shareOfTarget } from './gap';
