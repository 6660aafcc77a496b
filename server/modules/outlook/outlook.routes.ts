/**
 * The early-warning reads (issue 11 §4). Every signed-in account may call the round-wide routes; a
 * province user's bodies are built from its own province's items only (in the handler, as the summary
 * is). The backtest pools every province's results, so it is for national readers.
 */
import { byIso, defineRoute } from '../../platform/http/guard';
import { anySignedIn, canViewNational, canViewProvince } from '../../../shared/policy';
import { errorResponses, json } from '../../platform/http/errors';
import { Backtest, ChangesQuery, ProvinceRoundParams, RoundChanges, RoundOutlook, RoundOutlookList, RoundParams, Watchlist } from '../../../shared/contracts';

// Each route is spelled out whole, as OpenAPI documents it (the shapes alike are the declaration's, not logic);
// what repeats in substance (parameters, answers) is a shared contract.

const finalRoundNote = 'The final (12-month) round has nothing left to project: it answers 422 FINAL_ROUND.';

export const outlook = defineRoute({
  method: 'get',
  path: '/api/rounds/{year}/{round}/outlook',
  allow: anySignedIn, // scoped to a province user's own items in the handler,
  tags: ['outlook'],
  summary: 'Projected year-end value, band and risk of every item of a round',
  description: finalRoundNote,
  request: { params: RoundParams },
  responses: { 200: json(RoundOutlookList, 'Items in catalog order, then by province and component; each item’s explanation is in the one-province outlook'), ...errorResponses },
});

export const provinceOutlook = defineRoute({
  method: 'get',
  path: '/api/rounds/{year}/{round}/provinces/{iso}/outlook',
  allow: byIso(canViewProvince),
  tags: ['outlook'],
  summary: "One province's outlook (the province page): the round's outlook for that province's items",
  description: finalRoundNote,
  request: { params: ProvinceRoundParams },
  responses: { 200: json(RoundOutlook, 'Items in catalog order, then by component'), ...errorResponses },
});

export const changes = defineRoute({
  method: 'get',
  path: '/api/rounds/{year}/{round}/changes',
  allow: anySignedIn, // scoped in the handler,
  tags: ['outlook'],
  summary: 'Each item against the previous round or the same round of the previous year: newly below, recovered, still below, level up/down',
  request: { params: RoundParams, query: ChangesQuery },
  responses: { 200: json(RoundChanges, 'Items in catalog order, then by province and component'), ...errorResponses },
});

export const watchlist = defineRoute({
  method: 'get',
  path: '/api/rounds/{year}/{round}/watchlist',
  allow: anySignedIn, // scoped in the handler,
  tags: ['outlook'],
  summary: 'Provinces ranked by items likely to miss the year-end minimum, then by summed shortfall as % of the minimum',
  description: finalRoundNote,
  request: { params: RoundParams },
  responses: { 200: json(Watchlist, 'Provinces, most at risk first'), ...errorResponses },
});

export const backtest = defineRoute({
  method: 'get',
  path: '/api/outlook/backtest',
  allow: canViewNational,
  tags: ['outlook'],
  summary: 'How well the outlook and the naive rule ("the 6-month status carries over") foretold the year-end, for every year with both rounds stored',
  responses: { 200: json(Backtest, 'Per fiscal year: missed items, precision and recall of “will miss”, accuracy, per group and overall') },
});
