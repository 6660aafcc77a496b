/** The province feature's query keys: its round view under the round's prefix, its history under the province list's. */
import { provincesKey, roundKeys } from '../../../api/keys';

export const provinceKeys = {
  round: (year: number, round: number, iso: string) => [...roundKeys.round(year, round), 'provinces', iso.toUpperCase()] as const,
  history: (iso: string) => [...provincesKey, iso.toUpperCase(), 'history'] as const,
};
