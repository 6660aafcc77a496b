import { createRouter } from '../../platform/http/router';
import * as handlers from './outlook.handlers';
import * as routes from './outlook.routes';

// One chained `.openapi` per route rather than a loop: the chain's type is what the client's `hc<AppType>` reads.
export const outlookRouter = createRouter()
  .openapi(routes.outlook, handlers.outlook)
  .openapi(routes.provinceOutlook, handlers.provinceOutlook)
  .openapi(routes.changes, handlers.changes)
  .openapi(routes.watchlist, handlers.watchlist)
  .openapi(routes.backtest, handlers.backtest);
