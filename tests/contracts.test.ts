/**
 * Each route answers exactly its contract. Three checks:
 * - the shapes in shared/contracts answer as they are (the body parses and parsing drops nothing);
 * - every JSON route declared with defineRoute answers its *declared* schema, GET by GET, on the demo
 *   data (a field the handler adds, or a declared field it leaves out, fails);
 * - a route's declared schema is a shared contract, or it is on the list below of routes still
 *   declaring their own (the list may only shrink: a route that moved to a contract fails it too).
 * The handlers' bodies are also checked against the declared schema by the type checker (the
 * OpenAPI router types `c.json` from the route), which this run-time check backs for extra fields.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import * as contracts from '../shared/contracts';
import { IndicatorRound, ProvinceHistory, ProvinceRound, RoundItems, RoundSummary } from '../shared/contracts';
import { dataDir } from '../server/bootstrap';
import { loadDemoData } from '../server/modules/imports/demo';
import { createTestApp, type Session } from './helpers/test-app';

let t: ReturnType<typeof createTestApp>;
let staff: Session;
let admin: Session;

beforeAll(async () => {
  t = createTestApp();
  await loadDemoData(t.db, join(dataDir, 'demo'));
  staff = await t.signIn('staff');
  admin = await t.signIn('admin');
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

/** Parses `body` with `schema` and expects no issue and nothing dropped. */
function expectExactly(schema: z.ZodType, body: unknown) {
  const parsed = schema.safeParse(body);
  expect(parsed.error?.issues ?? []).toEqual([]);
  expect(parsed.data).toEqual(body);
}

describe('responses match their contracts', () => {
  it.each(cases)('GET %s', async (path, contract) => {
    const res = await staff.request(path);
    expect(res.status).toBe(200);
    expectExactly(contract, await res.json());
  });
});

interface DeclaredRoute {
  method: string;
  path: string;
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

/**
 * Every route the modules declare: the exports that carry responses of each module's route files
 * (`<r>.routes.ts`, and `<r>.<sub-resource>.routes.ts` where a module splits them).
 */
async function declaredRoutes(): Promise<DeclaredRoute[]> {
  const modules = join(import.meta.dirname, '../server/modules');
  const out: DeclaredRoute[] = [];
  const files = readdirSync(modules).flatMap((name) => readdirSync(join(modules, name)).filter((f) => f.startsWith(`${name}.`) && f.endsWith('.routes.ts')).map((f) => join(modules, name, f)));
  for (const file of files) {
    const mod = (await import(file)) as Record<string, unknown>;
    for (const value of Object.values(mod)) {
      if (value && typeof value === 'object' && 'responses' in value && 'path' in value && 'method' in value) out.push(value as DeclaredRoute);
    }
  }
  return out;
}

/** The schema of a route's success answer in JSON, if it answers JSON. */
const jsonSchema = (r: DeclaredRoute) => {
  const ok = r.responses[200] ?? r.responses[201] ?? r.responses[202];
  return ok?.content?.['application/json']?.schema as z.ZodType | undefined;
};

/**
 * Routes that still declare their answer's shape in the route file instead of shared/contracts, each
 * with its reason. Move one to a contract and take it off this list (it may only shrink).
 */
const declaredInRoute = new Map<string, string>([]);

/**
 * GET routes whose answer needs a background job first (an import job, a PDF batch), with the test
 * that reads that answer against the same declared schema's fields.
 */
const needsAJob = new Map([
  ['/api/import-jobs/{id}', 'tests/imports-worker.test.ts follows a job to its report'],
  ['/api/notice-batches/{id}', 'tests/notices-batch tests follow a PDF batch'],
]);

describe('every declared route answers its declared schema', () => {
  let routes: DeclaredRoute[] = [];
  beforeAll(async () => {
    routes = await declaredRoutes();
  });

  it('finds the routes of every module', () => {
    expect(routes.length).toBeGreaterThan(40);
    expect(new Set(routes.map((r) => r.path.split('/')[2]))).toEqual(
      new Set(['audit', 'auth', 'imports', 'import-jobs', 'import-template.xlsx', 'notices', 'notice-batches', 'outlook', 'rounds', 'provinces', 'health', 'indicators', 'users']),
    );
  });

  it('declares each JSON answer by a shared contract, or is on the list of routes declaring their own', () => {
    const known = new Set<unknown>(Object.values(contracts));
    const own = routes.filter((r) => jsonSchema(r) && !known.has(jsonSchema(r))).map((r) => `${r.method.toUpperCase()} ${r.path}`);
    expect(own.filter((k) => !declaredInRoute.has(k)), 'a new route declares its own answer: put the shape in shared/contracts').toEqual([]);
    expect([...declaredInRoute.keys()].filter((k) => !own.includes(k)), 'no longer declared in its route: take it off the list').toEqual([]);
  });

  it('answers every JSON GET exactly as declared (demo data, an administrator, one notice issued)', async () => {
    // One issued notice, so its first frozen version exists to be read.
    for (const action of ['review', 'issue']) {
      const res = await admin.request('/api/notices/2566/6/actions', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action, isos: ['TH-15'] }) });
      expect(res.status, action).toBe(200);
    }
    const batch = (await (await admin.request('/api/imports')).json()) as { batches: { id: number }[] };
    const values: Record<string, string> = { year: '2566', round: '6', iso: 'TH-15', code: 'ECO-05', id: String(batch.batches[0]!.id), version: '1' };
    const gets = routes.filter((r) => r.method === 'get' && jsonSchema(r) && !needsAJob.has(r.path));
    expect(gets.length).toBeGreaterThan(20);
    for (const r of gets) {
      const path = r.path.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? `<no value for ${name}>`);
      const res = await admin.request(path);
      expect(res.status, `GET ${path}`).toBe(200);
      const body = await res.json();
      const parsed = jsonSchema(r)!.safeParse(body);
      expect(parsed.error?.issues ?? [], `GET ${path}`).toEqual([]);
      expect(parsed.data, `GET ${path}: a field the schema does not declare`).toEqual(body);
    }
  });
});
