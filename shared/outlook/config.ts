/**
 * The default outlook configuration, from `data/outlook/config.json` (checked by zod at import, so a
 * bad edit fails at start-up with the field path).
 */
import raw from '../../data/outlook/config.json';
import { OutlookConfig } from './types';

export const defaultOutlookConfig: OutlookConfig = OutlookConfig.parse(raw);
