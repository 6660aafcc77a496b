import { createRouter } from '../../http/router';
import * as downloads from './notices.downloads';
import * as handlers from './notices.handlers';
import * as letter from './notices.letter';
import * as routes from './notices.routes';

const router = createRouter();
for (const doc of routes.downloadDocs) router.openAPIRegistry.registerPath(doc);

// Order matters where paths overlap: the files (`/2566/6.zip`, `/2566/6/TH-15.pdf`) and
// `/recommendations` come before the `{round}` and `{iso}` routes, which would take them as parameters.
// The file routes are plain routes (OpenAPI paths cannot end a parameter with an extension), registered
// outside the typed chain: the client links to them, it does not call them through `hc`.
router.get('/api/notices/:year/:file{(?:6|12)\\.(?:zip|pdf)}', downloads.roundFile);
router.get('/api/notices/:year/:round/:file{[A-Za-z]{2}-\\d{2}\\.pdf}', downloads.noticePdf);
router.get('/api/notices/:year/:round/:iso/letter.pdf', letter.letterPdf);

export const noticesRouter = router
  .openapi(routes.startBatch, downloads.startBatch)
  .openapi(routes.batch, downloads.batch)
  .openapi(routes.batchFile, downloads.batchFile)
  .openapi(routes.recommendations, handlers.recommendations)
  .openapi(routes.editRecommendation, handlers.editRecommendation)
  .openapi(routes.list, handlers.list)
  .openapi(routes.action, handlers.action)
  .openapi(routes.one, handlers.one)
  .openapi(routes.version, handlers.version)
  .openapi(routes.editObservation, handlers.editObservation);
