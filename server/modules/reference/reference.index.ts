import { createRouter } from '../../platform/http/router';
import * as handlers from './reference.handlers';
import * as routes from './reference.routes';

export const referenceRouter = createRouter()
  .openapi(routes.health, handlers.health)
  .openapi(routes.indicators, handlers.indicators)
  .openapi(routes.provinces, handlers.provinces);
