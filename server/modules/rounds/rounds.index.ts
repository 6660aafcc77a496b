import { createRouter } from '../../platform/http/router';
import * as handlers from './rounds.handlers';
import * as routes from './rounds.routes';

// One chained `.openapi` per route rather than a loop: the chain's type is what the client's `hc<AppType>` reads.
export const roundsRouter = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.summary, handlers.summary)
  .openapi(routes.province, handlers.province)
  .openapi(routes.indicator, handlers.indicator)
  .openapi(routes.items, handlers.items);
