import { byIso, defineRoute } from '../../platform/http/guard';
import { anySignedIn, canViewProvince } from '../../../shared/policy';
import { errorResponses, json } from '../../platform/http/errors';
import { IndicatorCode, IndicatorRound, ProvinceRound, ProvinceRoundParams, RoundItems, RoundList, RoundParams, RoundSummary } from '../../../shared/contracts';

// Each route is spelled out whole, as OpenAPI documents it (the shapes alike are the declaration's, not logic);
// what repeats in substance (parameters, answers) is a shared contract.

export const list = defineRoute({
  method: 'get',
  path: '/api/rounds',
  allow: anySignedIn, // names and counts, scoped in the handler,
  tags: ['reference'],
  summary: 'Fiscal years and their 6- and 12-month rounds, with how many results each holds',
  responses: { 200: json(RoundList, 'All rounds, oldest first') },
});

export const summary = defineRoute({
  method: 'get',
  path: '/api/rounds/{year}/{round}/summary',
  allow: anySignedIn, // scoped to a province user's own items in the handler,
  tags: ['rounds'],
  summary: 'National summary: status counts per indicator and the provinces below the minimum target',
  request: { params: RoundParams },
  responses: { 200: json(RoundSummary, 'The summary, indicators in catalog order'), ...errorResponses },
});

export const province = defineRoute({
  method: 'get',
  path: '/api/rounds/{year}/{round}/provinces/{iso}',
  allow: byIso(canViewProvince),
  tags: ['rounds'],
  summary: "One province's assigned indicators and components with targets, result, status, level and score",
  request: { params: ProvinceRoundParams },
  responses: { 200: json(ProvinceRound, 'Items in catalog order; counts in the notice’s way (each component is one item)'), ...errorResponses },
});

export const indicator = defineRoute({
  method: 'get',
  path: '/api/rounds/{year}/{round}/indicators/{code}',
  allow: anySignedIn, // scoped in the handler,
  tags: ['rounds'],
  summary: "Every assigned province's result for one indicator",
  request: { params: RoundParams.extend({ code: IndicatorCode }) },
  responses: { 200: json(IndicatorRound, 'One row per province (per component)'), ...errorResponses },
});

export const items = defineRoute({
  method: 'get',
  path: '/api/rounds/{year}/{round}/items',
  allow: anySignedIn, // scoped in the handler,
  tags: ['rounds'],
  summary: 'Every item of a round (province × indicator × component) with targets, result, status, level and score',
  request: { params: RoundParams },
  responses: { 200: json(RoundItems, 'Items in catalog order, then by province and component'), ...errorResponses },
});
