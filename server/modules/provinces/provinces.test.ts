import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csv, header } from '../../../tests/helpers/test-db';
import { createTestApp, multipart, type Session } from '../../../tests/helpers/test-app';

let t: ReturnType<typeof createTestApp>;
let staff: Session;
const json = async (res: Response) => (await res.json()) as any;

beforeAll(async () => {
  t = createTestApp();
  staff = await t.signIn('staff');
  const file = csv([
    header,
    [2565, 6, 'อ่างทอง', 'ECO-05', '', 650, 690, 740, 401.37, ''],
    [2565, 12, 'อ่างทอง', 'ECO-05', '', '', '', '', 712.58, ''],
    [2566, 6, 'อ่างทอง', 'ECO-05', '', 707.14, 744.34, 802.25, 449.21, ''],
    [2566, 6, 'อ่างทอง', 'ENV-02', 'แม่น้ำน้อย', 60, 65, 70, 58, ''],
    [2566, 6, 'อ่างทอง', 'ENV-02', 'แม่น้ำเจ้าพระยาตอนกลาง', 60, 65, 70, 'ไม่รายงานผล', ''],
    [2566, 6, 'ชลบุรี', 'ECO-05', '', 1000, 1100, 1200, 1250, ''],
  ]);
  const res = await staff.request('/api/imports', { method: 'POST', body: multipart(file, 'history.csv') });
  expect(res.status).toBe(200);
});
afterAll(() => t.close());

describe('GET /api/provinces/{iso}/history', () => {
  it('gives one series per indicator and component, oldest round first, skipping rounds without results', async () => {
    const res = await staff.request('/api/provinces/TH-15/history');
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.province.nameTh).toBe('อ่างทอง');
    const eco05 = body.series.find((s: any) => s.indicatorCode === 'ECO-05');
    // 2566/12 holds no result at all yet, so it is not a point (not "not reported").
    expect(eco05.points.map((p: any) => [p.year, p.round, p.status, p.level])).toEqual([
      [2565, 6, 'belowMin', 'belowMin'],
      [2565, 12, 'metMin', 'std'], // 712.58 against 650 / 690 / 740
      [2566, 6, 'belowMin', 'belowMin'],
    ]);
    expect(eco05.points[2]).toMatchObject({ targets: { min: 707.14, std: 744.34, adv: 802.25 }, result: { kind: 'value', value: 449.21 } });
    expect(eco05.unitTh).toBe('ล้านบาท');
    const env02 = body.series.filter((s: any) => s.indicatorCode === 'ENV-02');
    expect(env02.map((s: any) => s.component).sort()).toEqual(['แม่น้ำน้อย', 'แม่น้ำเจ้าพระยาตอนกลาง'].sort());
    expect(env02.find((s: any) => s.component === 'แม่น้ำเจ้าพระยาตอนกลาง').points[0].status).toBe('notReported');
  });

  it('filters by indicator code (case-insensitive)', async () => {
    const body = await json(await staff.request('/api/provinces/th-15/history?code=env-02'));
    expect(body.series).toHaveLength(2);
    expect(body.series.every((s: any) => s.indicatorCode === 'ENV-02')).toBe(true);
  });

  it.each([
    ['/api/provinces/TH-99/history', 404],
    ['/api/provinces/TH-15/history?code=XYZ-99', 404],
    ['/api/provinces/bangkok/history', 422],
    ['/api/provinces/TH-15/history?code=<b>', 422],
  ])('%s → %i in the error envelope', async (path, status) => {
    const res = await staff.request(path);
    expect(res.status).toBe(status);
    expect((await json(res)).error.messageTh).toMatch(/[\u0E00-\u0E7F]/);
  });
});

describe('GET /api/rounds/{year}/{round}/items', () => {
  it('lists every item of the round with its classification', async () => {
    const res = await staff.request('/api/rounds/2566/6/items');
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.round).toEqual({ year: 2566, round: 6 });
    expect(body.items.map((i: any) => [i.iso, i.indicatorCode, i.component, i.status])).toEqual([
      ['TH-15', 'ECO-05', null, 'belowMin'],
      ['TH-20', 'ECO-05', null, 'metMin'],
      ['TH-15', 'ENV-02', 'แม่น้ำน้อย', 'belowMin'],
      ['TH-15', 'ENV-02', 'แม่น้ำเจ้าพระยาตอนกลาง', 'notReported'],
    ]);
    expect(body.items[1]).toMatchObject({ level: 'adv', score: 100, targets: { min: 1000, std: 1100, adv: 1200 } });
  });

  it('404 for an unknown round, 422 for a bad one', async () => {
    expect((await staff.request('/api/rounds/2599/6/items')).status).toBe(404);
    expect((await staff.request('/api/rounds/2566/7/items')).status).toBe(422);
  });
});
