/** The outlook engine (issue 11): projection, risk, changes, backtest. Pure; see README of issue 11. */
export * from './types';
export { projectRound, projectItem, bandOf, riskOf } from './engine';
export { measureBands, pastErrors, emptyBands } from './bands';
export { outlookOfRound } from './outlook';
export { changesBetween, changeOf, changeClasses, type ChangeClass, type ItemChange } from './changes';
export { backtest, type BacktestYear, type Metrics, type MethodScores } from './backtest';
export { defaultOutlookConfig } from './config';
