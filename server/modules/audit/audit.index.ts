import { createRouter } from '../../platform/http/router';
import * as handlers from './audit.handlers';
import * as routes from './audit.routes';

export const auditRouter = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.exportFile, handlers.exportFile)
  .openapi(routes.batch, handlers.batch)
  .openapi(routes.verify, handlers.verify);
