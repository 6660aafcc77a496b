/** Process entry: configuration, database, HTTP server. */
import './platform/node-env'; // first: before React loads (see the file)
import { serve } from '@hono/node-server';
import { join } from 'node:path';
import { createApp } from './app';
import { prepareDatabase } from './bootstrap';
import { processConfig, projectRoot } from './platform/config';
import { closeNoticeRenderer } from './modules/notices/pdf/renderer';
import { warmNoticePrinting } from './modules/notices/pdf/warm';

async function main() {
  let config;
  try {
    config = processConfig();
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
  const { db, mapAttribution, adminPassword } = await prepareDatabase(config, (l) => console.log(l), { createAdmin: true });
  if (adminPassword) {
    console.log(`\nCreated the administrator account. Sign in as "admin" with this one-time password (shown only now):\n\n    ${adminPassword}\n\nYou will be asked to choose a new password.\n`);
  }
  const app = createApp({ db, config, mapAttribution, clientDir: join(projectRoot, 'dist', 'client') });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    console.log(`KPI dashboard: http://localhost:${info.port}  (database ${config.dbPath})`);
    // Start Chromium after the server is ready, in the background, and print one notice with it, so
    // the first PDF is not a cold launch and load. KPI_WARM_BROWSER=0 skips it (the test servers, which mostly never print).
    if (config.warmBrowser) {
      const started = performance.now();
      warmNoticePrinting(db, undefined, app)
        .then(() => console.log(`PDF printing warmed up in ${Math.round(performance.now() - started)} ms (Chromium started; the newest rounds' first notices printed through the notice route and discarded)`))
        .catch((e) => console.error(`Chromium warm-up failed (PDFs will start it on first use): ${(e as Error).message}`));
    }
  });
  const stop = async () => {
    server.close();
    // The PDF renderer's Chromium is a child process: close it rather than leave it behind.
    await Promise.race([closeNoticeRenderer(), new Promise((r) => setTimeout(r, 5000))]);
    db.$client.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
