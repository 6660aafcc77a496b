import { createRouter } from '../../platform/http/router';
import * as handlers from './provinces.handlers';
import * as routes from './provinces.routes';

export const historyRouter = createRouter()
  .openapi(routes.provinceHistory, handlers.provinceHistory);
