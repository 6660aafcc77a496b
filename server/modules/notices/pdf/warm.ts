/**
 * The PDF warm-up run in the background once the server is ready: browser, context, a page with the
 * notice's shell (stylesheet and embedded Sarabun) and fonts loaded and `page.pdf` exercised; then a few
 * real notices per likely round printed through the whole pipeline — round context, model, HTML, print,
 * PDF clean-up and document info — and a few more through its Node half, all thrown away. Given the
 * app, the printed ones are asked for through the notice route itself (`app.request`, in process, as
 * a staff caller that has no session row), so the route's own code is warm too. The first notice a
 * user asks for then costs what a warm one does.
 */
import { outlookConfig } from '../../outlook/outlook.service';
import type { Db } from '../../../platform/db/client';
import { IN_PROCESS_CALLER, type InProcessEnv } from '../../../platform/http/auth';
import type { ActiveSession } from '../../auth/sessions';
import { listRounds } from '../../rounds/rounds.queries';
import { loadRoundContext } from '../context';
import { noticePrintDocument, printShell } from './print-html';
import { printableNotice, renderNoticePdf } from './print';
import { noticeRenderer, type NoticeRenderer } from './renderer';

/**
 * The rounds whose notices a user is likely to print first: the newest round with results (the one the
 * pages open on) and, when that is a year-end round, the newest 6-month round too. Measured (issue 10):
 * a 6-month notice drafts its outlook sentences, and the round's outlook (three stored rounds loaded and
 * projected, ~50 ms cold, cached per data version) was most of what a first 6-month notice cost beyond a
 * warm one when the warm-up had printed only the year-end round.
 */
export function roundsToWarm(db: Db): { year: number; round: number }[] {
  const withResults = listRounds(db).filter((r) => r.results > 0);
  const newest = withResults.at(-1);
  const newestInterim = withResults.filter((r) => r.round < outlookConfig.finalRound).at(-1);
  return [newest, newestInterim].filter((r, i, all): r is NonNullable<typeof r> => !!r && all.indexOf(r) === i);
}

/**
 * Provinces per round whose notices are printed whole, Chromium included. Measured (issue 10, bench
 * with per-phase timings): with one print and three JavaScript-only passes per round, a first notice
 * of another province cost ~2× a warm one in EVERY phase, Chromium's (body and fonts, page.pdf) as much
 * as Node's, so the warm-up now prints several provinces' notices through the whole pipeline.
 */
const PRINTS_PER_ROUND = 4;

/**
 * Provinces per round, after the printed ones, whose notices go through the Node half of the pipeline
 * only (round context, model, HTML; discarded). Measured: with the Chromium phases warm, a first notice
 * still spent ~2× a warm one's time before the print and in the HTML, which V8 optimises only after more
 * calls than four prints make; these passes cost no Chromium time.
 */
const NODE_PASSES_PER_ROUND = 8;

/**
 * The warm-up's caller on the notice route: OPDC staff (who print drafts), never stored, so asking as
 * it writes no session; its id 0 is no user's (ids start at 1). Only an in-process `app.request` can
 * present it (server/platform/http/auth.ts).
 */
const WARM_UP_CALLER: ActiveSession = {
  user: { id: 0, username: 'pdf-warm-up', displayName: 'PDF warm-up', role: 'staff', provinceIso: null, active: true, mustChangePassword: false },
  csrfToken: '',
  tokenHash: '',
  expiresAt: '9999-12-31T23:59:59.999Z',
};

/** The app's in-process request (`app.request` of Hono), for the notice route's own warm-up. */
export interface InProcessApp {
  request(path: string, init: RequestInit | undefined, env: InProcessEnv): Response | Promise<Response>;
}

/**
 * Prints one notice through the notice route, as a user's download does. Measured (issue 10): with
 * the pipeline's functions warm, a first download still spent ~25 ms before the print against ~16 ms
 * warm, in what only the route runs (middleware, parameter and query parsing, the handler, headers).
 */
async function printThroughRoute(app: InProcessApp, year: number, round: number, iso: string): Promise<void> {
  const res = await app.request(`/api/notices/${year}/${round}/${iso}.pdf`, undefined, { [IN_PROCESS_CALLER]: WARM_UP_CALLER });
  if (!res.ok && res.status !== 404) throw new Error(`the notice route answered ${res.status} for ${iso}`); // 404: no items, nothing to print
  await res.arrayBuffer();
}

export function warmNoticePrinting(db: Db, renderer: NoticeRenderer = noticeRenderer(), app?: InProcessApp): Promise<void> {
  return renderer.warm(async () => {
    // First the shell and its fonts into a pooled page: a user's print waiting on the warm-up may go then.
    await renderer.print({ shell: printShell(), pageStyle: '', body: '<p>ก <b>ก</b></p>' });
    // Then real notices of each round a user is likely to open, exactly as the notice route prints them:
    // the round's context with each printed province's observation drafts brought up to date (not stored).
    for (const { year, round } of roundsToWarm(db)) {
      const provinces = [...(loadRoundContext(db, year, round, { drafts: 'none' })?.provinces.keys() ?? [])];
      for (const [n, iso] of provinces.slice(0, PRINTS_PER_ROUND + NODE_PASSES_PER_ROUND).entries()) {
        // The route renders with the process-wide renderer: only through it when that is `renderer`.
        if (n < PRINTS_PER_ROUND && app && renderer === noticeRenderer()) {
          await printThroughRoute(app, year, round, iso);
          continue;
        }
        const ctx = loadRoundContext(db, year, round, { drafts: iso });
        const notice = ctx && printableNotice(db, ctx, iso);
        if (!notice) continue;
        if (n < PRINTS_PER_ROUND) await renderNoticePdf(notice, 'thai', renderer);
        else {
          noticePrintDocument(notice.model, notice.stamp, 'thai');
          await new Promise((r) => setImmediate(r)); // a request arriving meanwhile is not held up by the whole loop
        }
      }
    }
  });
}
