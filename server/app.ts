/**
 * Builds the Hono app: middleware, error handler, the API routers, OpenAPI and docs, and (when built)
 * the client. Exported `AppType` gives the client its types.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Config } from './platform/config';
import type { Db } from './platform/db/client';
import { secureHeaders } from 'hono/secure-headers';
import { routePath } from 'hono/route';
import { LoginLimiter } from './modules/auth/rate-limit';
import { authenticate } from './platform/http/auth';
import { ApiError } from './platform/http/errors';
import { databaseBusyMessage, isDatabaseBusy } from './platform/db/busy';
import type { AppEnv } from './platform/http/env';
import { registerRule } from './platform/http/guard';
import { createRouter } from './platform/http/router';
import { historyRouter } from './modules/provinces/provinces.index';
import { auditRouter } from './modules/audit/audit.index';
import { authRouter } from './modules/auth/auth.index';
import { usersRouter } from './modules/users/users.index';
import { createImportsRouter } from './modules/imports/imports.index';
import { renderDocs } from './platform/http/docs';
import { noticesRouter } from './modules/notices/notices.index';
import { referenceRouter } from './modules/reference/reference.index';
import { roundsRouter } from './modules/rounds/rounds.index';
import { outlookRouter } from './modules/outlook/outlook.index';
import { apiBodyLimit } from './platform/http/body-limit';
import { compressResponses } from './platform/http/compress';
import { apiCacheControl, revalidateReads } from './platform/http/revalidate';
import { readMemo } from './platform/http/read-memo';
import { clientFiles } from './platform/http/static-assets';
import { clientPage } from './platform/http/client-page';
import { firstScreenData } from './platform/http/first-screen-data';
import { paintedMarkHash } from './platform/http/first-screen-render';
import { requestLog } from './platform/http/request-log';
import { createLogger, type Logger } from './platform/log';

export interface AppDeps {
  db: Db;
  config: Config;
  mapAttribution: string;
  /** Folder of the built client (vite build output); served when it exists. */
  clientDir?: string;
  /** Where the JSON log lines go; default stdout at the configured KPI_LOG_LEVEL. */
  log?: Logger;
}

export function createApp(deps: AppDeps) {
  const app = createRouter();
  const log = deps.log ?? createLogger(deps.config.logLevel);
  // Outside even the compression: it times the whole request and sees the final status (errors included).
  app.use('*', requestLog(log));
  // A repeated cached read answered whole, before everything below (server/platform/http/read-memo.ts).
  app.use('/api/*', readMemo(deps.db));
  // Outermost, so it sees the final body of every response, errors included.
  app.use('*', compressResponses());
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", paintedMarkHash], // and the drawn map's paint mark (first-screen-render.ts)
        styleSrc: ["'self'", "'unsafe-inline'"], // React style attributes (chart and map sizing)
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  const loginLimiter = new LoginLimiter(deps.db); // counters in SQLite: a restart keeps them
  app.use('*', async (c, next) => {
    c.set('loginLimiter', loginLimiter);
    c.set('db', deps.db);
    c.set('config', deps.config);
    c.set('mapAttribution', deps.mapAttribution);
    c.set('log', log);
    await next();
  });
  // Cache-Control decided in one place (outermost, so refusals get it too); body limits first, so
  // nothing is read before sign-in; then who is calling, and a 304 for a revisit of unchanged data.
  // Each route's declared rule (server/platform/http/guard.ts) decides what the caller may do.
  app.use('/api/*', apiCacheControl, apiBodyLimit, authenticate, revalidateReads);

  const api = app
    .route('/', referenceRouter)
    .route('/', roundsRouter)
    .route('/', noticesRouter)
    .route('/', historyRouter)
    .route('/', createImportsRouter(deps.config.uploadLimitBytes))
    .route('/', authRouter)
    .route('/', usersRouter)
    .route('/', auditRouter)
    .route('/', outlookRouter);

  const openapi = {
    openapi: '3.1.0',
    info: {
      title: 'KPI early-warning dashboard API',
      version: '0.1.0',
      description: "Targets, results and classification for OPDC's provincial performance measure (มาตรการปรับปรุงประสิทธิภาพในการปฏิบัติราชการของจังหวัด).",
    },
  };
  registerRule('get', '/api/openapi.json', { allow: 'public' });
  registerRule('get', '/api/docs', { allow: 'public' });
  app.doc31('/api/openapi.json', openapi);
  app.get('/api/docs', (c) => c.html(renderDocs(app.getOpenAPI31Document(openapi) as unknown as Parameters<typeof renderDocs>[0])));

  app.all('/api/*', () => {
    throw new ApiError(404, 'NOT_FOUND', 'No such API route. See /api/docs.', 'ไม่พบเส้นทาง API นี้ ดูรายการได้ที่ /api/docs');
  });

  if (deps.clientDir && existsSync(join(deps.clientDir, 'index.html'))) {
    const root = relative(process.cwd(), deps.clientDir) || '.';
    // Client-side routes: the page with its first screen's data inline, read through the API's own routes as the caller.
    const firstScreen = firstScreenData(); // the data of pages the server drew, fetched beside them
    const page = clientPage(
      deps.clientDir,
      async (path, cookie) => {
        const res = await app.request(path, { headers: { cookie, 'accept-encoding': 'identity' } });
        return res.status === 200 ? res.text() : null;
      },
      firstScreen,
    );
    app.get('/first-screen/:file', (c) => firstScreen.serve(c));
    app.get('/', page); // before the files, which would answer `/` with the bare index.html
    app.use('/*', clientFiles(root));
    app.get('*', page);
  } else {
    app.get('/', (c) => c.text('The client is not built. Run `npm run build` (npm start does it for you).', 200));
  }

  app.notFound((c) => c.json(new ApiError(404, 'NOT_FOUND', 'Not found.', 'ไม่พบหน้าที่ต้องการ').toBody(), 404));
  app.onError((err, c) => {
    if (err instanceof ApiError) return c.json(err.toBody(), err.status);
    // Another process (the CLI, a second server) held the write lock past busy_timeout.
    if (isDatabaseBusy(err)) {
      c.header('retry-after', '5');
      return c.json(new ApiError(503, databaseBusyMessage.code, databaseBusyMessage.en, databaseBusyMessage.th).toBody(), 503);
    }
    // Hono's own HTTP errors (e.g. a malformed JSON body) are the user's mistake, not ours.
    const status = (err as { status?: number }).status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return c.json(new ApiError(status as 400, 'BAD_REQUEST', err.message || 'Bad request.', 'คำขอไม่ถูกต้อง').toBody(), status as 400);
    }
    console.error(`[${new Date().toISOString()}] ${c.req.method} ${c.req.path} failed:`, err);
    log.error('unhandled', { method: c.req.method, route: routePath(c), error: (err as Error).message });
    return c.json(new ApiError(500, 'INTERNAL', 'Something went wrong on the server; the error was logged.', 'เกิดข้อผิดพลาดในระบบ ได้บันทึกไว้เพื่อตรวจสอบแล้ว').toBody(), 500);
  });

  return api;
}

export type AppType = ReturnType<typeof createApp>;
