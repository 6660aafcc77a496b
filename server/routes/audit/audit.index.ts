import { createRouter } from '../../http/router';
import * as handlers from './audit.handlers';
import * as routes from './audit.routes';

export const auditRouter = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.rollback, handlers.rollback)
  .openapi(routes.changes, handlers.changes);
