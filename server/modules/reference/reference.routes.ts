import { z } from '@hono/zod-openapi';
import { defineRoute } from '../../platform/http/guard';
import { anySignedIn } from '../../../shared/policy';
import { errorResponses, json } from '../../platform/http/errors';
import { Health, IndicatorCatalog, ProvinceList } from '../../../shared/contracts';

export const health = defineRoute({
  method: 'get',
  path: '/api/health',
  allow: 'public',
  tags: ['meta'],
  summary: 'Liveness and database check',
  responses: { 200: json(Health, 'The server and its database answer') },
});

export const indicators = defineRoute({
  method: 'get',
  path: '/api/indicators',
  allow: anySignedIn,
  tags: ['reference'],
  summary: "A fiscal year's indicator catalog (default: the latest year)",
  request: { query: z.object({ year: z.coerce.number().int().min(2500).max(2700).optional().openapi({ example: 2566 }) }) },
  responses: { 200: json(IndicatorCatalog, 'The catalog, in its order'), ...errorResponses },
});

export const provinces = defineRoute({
  method: 'get',
  path: '/api/provinces',
  allow: anySignedIn,
  tags: ['reference'],
  summary: 'The 77 provinces (Bangkok is outside the measure) with region, cluster and the map attribution',
  responses: { 200: json(ProvinceList, 'Provinces by ISO code') },
});
