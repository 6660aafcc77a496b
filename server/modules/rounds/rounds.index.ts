import { createRouter } from '../../platform/http/router';
import * as handlers from './rounds.handlers';
import * as routes from './rounds.routes';

export const roundsRouter = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.summary, handlers.summary)
  .openapi(routes.province, handlers.province)
  .openapi(routes.indicator, handlers.indicator)
  .openapi(routes.items, handlers.items);
