import { bodyLimit } from 'hono/body-limit';
import { ApiError } from '../../platform/http/errors';
import { createRouter } from '../../platform/http/router';
import * as handlers from './imports.handlers';
import * as routes from './imports.routes';

export function createImportsRouter(uploadLimitBytes: number) {
  const router = createRouter();
  const limit = bodyLimit({
    maxSize: uploadLimitBytes,
    onError: () => {
      const mb = Math.round(uploadLimitBytes / 1024 / 1024);
      throw new ApiError(413, 'PAYLOAD_TOO_LARGE', `The upload is larger than ${mb} MB.`, `ไฟล์มีขนาดเกิน ${mb} MB`);
    },
  });
  router.use('/api/imports', limit);
  router.use('/api/imports/preview.xlsx', limit);
  return router
    .openapi(routes.create, handlers.create)
    .openapi(routes.previewWorkbook, handlers.previewWorkbook)
    .openapi(routes.list, handlers.list)
    .openapi(routes.template, handlers.template)
    .openapi(routes.rollback, handlers.rollback)
    .openapi(routes.changes, handlers.changes)
    .openapi(routes.job, handlers.job);
}
