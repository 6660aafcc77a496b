/**
 * Each read route answers exactly its contract: the body parses with the shared zod schema the route
 * declares, and parsing drops nothing (a field the handler adds without the contract fails too).
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { IndicatorRound, ProvinceHistory, ProvinceRound, RoundItems, RoundSummary } from '../shared/contracts';
import { dataDir } from '../server/bootstrap';
import { loadDemoData } from '../server/modules/imports/demo';
import { createTestApp, type Session } from './helpers/test-app';

let t: ReturnType<typeof createTestApp>;
let staff: Session;

beforeAll(async () => {
  t = createTestApp();
  await loadDemoData(t.db, join(dataDir, 'demo'));
  staff = await t.signIn('staff');
});
afterAll(() => t.close());

const cases: [string, z.ZodType][] = [
  ['/api/rounds/2566/6/summary', RoundSummary],
  ['/api/rounds/2566/6/provinces/TH-15', ProvinceRound],
  ['/api/rounds/2566/6/provinces/th-15', ProvinceRound],
  ['/api/rounds/2566/6/indicators/ECO-05', IndicatorRound],
  ['/api/rounds/2566/6/items', RoundItems],
  ['/api/provinces/TH-15/history', ProvinceHistory],
];

describe('responses match their contracts', () => {
  it.each(cases)('GET %s', async (path, contract) => {
    const res = await staff.request(path);
    expect(res.status).toBe(200);
    const body = await res.json();
    const parsed = contract.safeParse(body);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.data).toEqual(body);
  });
});
