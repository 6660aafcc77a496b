import { createRouter } from '../../http/router';
import * as handlers from './history.handlers';
import * as routes from './history.routes';

export const historyRouter = createRouter()
  .openapi(routes.provinceHistory, handlers.provinceHistory);
