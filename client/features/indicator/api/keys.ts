/** The indicator feature's query keys: its round view under the round's prefix. */
import { roundKeys } from '../../../api/keys';

export const indicatorKeys = {
  round: (year: number, round: number, code: string) => [...roundKeys.round(year, round), 'indicators', code.toUpperCase()] as const,
};
