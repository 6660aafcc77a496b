/**
 * Colours and patterns of the map categories, shared by the map, its legend and the status charts.
 * Levels go red → amber → green → dark green with falling lightness, and "below minimum" is hatched, so
 * a black-and-white print still separates them; the neutrals are grey with a distinct texture each.
 */
import type { Status } from '../../../shared/classification/types';
import type { MapCategory } from './categories';

export const patternIds = {
  belowMin: 'kpi-pattern-below-min',
  notReported: 'kpi-pattern-not-reported',
  pending: 'kpi-pattern-pending',
  outside: 'kpi-pattern-outside',
} as const;

export const colours = {
  red: '#c62828',
  amber: '#f6bd2b',
  green: '#5aae61',
  darkGreen: '#1b6b34',
  neutral: '#f2f2f2',
  neutralInk: '#555555',
  notAssigned: '#d4d4d4',
  outside: '#ffffff',
} as const;

const url = (id: string) => `url(#${id})`;

export const categoryFill: Record<MapCategory, string> = {
  belowMin: url(patternIds.belowMin),
  min: colours.amber,
  std: colours.green,
  adv: colours.darkGreen,
  notReported: url(patternIds.notReported),
  pending: url(patternIds.pending),
  notAssigned: colours.notAssigned,
  outside: url(patternIds.outside),
  // OrRd, 5 classes (ColorBrewer): lightness falls with the share, so it survives greyscale printing.
  share0: '#fef0d9',
  share1: '#fdcc8a',
  share2: '#fc8d59',
  share3: '#e34a33',
  share4: '#b30000',
  // Traffic-light bands of a province's red (or likely-miss) items: green → amber → red → hatched red.
  count0: colours.green,
  count1: colours.amber,
  count2: '#e34a33',
  count3: url(patternIds.belowMin),
  noCount: url(patternIds.notReported),
  // Projected year-end risk, coloured as the levels it foretells.
  likelyMiss: url(patternIds.belowMin),
  borderline: colours.amber,
  onTrack: colours.green,
  met: colours.darkGreen,
  noRisk: url(patternIds.pending),
  // Against last year: worse is the red hatch, better the green, unchanged a blue-grey no level uses.
  worse: url(patternIds.belowMin),
  same: '#b8c4d2',
  better: colours.green,
  noCompare: url(patternIds.notReported),
  hidden: '#ececec',
};

/** The notice's four statuses in charts: met minimum is the green of "standard", the rest as on the map. */
export const statusFill: Record<Status, string> = {
  notReported: categoryFill.notReported,
  belowMin: categoryFill.belowMin,
  metMin: colours.green,
  pending: categoryFill.pending,
};
