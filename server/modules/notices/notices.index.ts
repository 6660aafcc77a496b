import { canViewDraftNotices, canViewIssuedNotice, canViewNational } from '../../../shared/policy';
import { noticeFileRoutes } from '../../../shared/notice/files';
import { byIso, guardedGet } from '../../platform/http/guard';
import { createRouter } from '../../platform/http/router';
import * as downloads from './notices.downloads';
import * as handlers from './notices.handlers';
import * as letter from './notices.letter';
import * as routes from './notices.routes';
import * as batches from './notices.batches.routes';
import * as files from './notices.files.routes';
import * as national from './notices.recommendations.routes';

const router = createRouter();
for (const doc of files.downloadDocs) router.openAPIRegistry.registerPath(doc);

// Order matters where paths overlap: the files (`/2566/6.zip`, `/2566/6/TH-15.pdf`) and
// `/recommendations` come before the `{round}` and `{iso}` routes, which would take them as parameters.
// The file routes are plain routes (OpenAPI paths cannot end a parameter with an extension), registered
// outside the typed chain: the client links to them, it does not call them through `hc`.
guardedGet(router, noticeFileRoutes.round, downloads.RoundFileParams, canViewDraftNotices, downloads.roundFile);
// Drafts (`?version=live`) are staff-only: the handler checks that, since it depends on the query.
guardedGet(router, noticeFileRoutes.notice, downloads.NoticeFileParams, byIso(canViewIssuedNotice), downloads.noticePdf);
guardedGet(router, noticeFileRoutes.letter, letter.LetterParams, byIso(canViewIssuedNotice), letter.letterPdf);
// The annex prints the live national recommendations, readable by the same accounts as /recommendations.
guardedGet(router, noticeFileRoutes.annex, downloads.AnnexParams, canViewNational, downloads.annexPdf);

export const noticesRouter = router
  .openapi(batches.startBatch, downloads.startBatch)
  .openapi(batches.batch, downloads.batch)
  .openapi(batches.batchFile, downloads.batchFile)
  .openapi(national.recommendations, handlers.recommendations)
  .openapi(national.editRecommendation, handlers.editRecommendation)
  .openapi(routes.list, handlers.list)
  .openapi(routes.action, handlers.action)
  .openapi(routes.one, handlers.one)
  .openapi(routes.version, handlers.version)
  .openapi(routes.editObservation, handlers.editObservation);
