import { createRouter } from '../../platform/http/router';
import * as handlers from './audit.handlers';
import * as routes from './audit.routes';

export const auditRouter = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.verify, handlers.verify);
