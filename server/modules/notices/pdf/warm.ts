/**
 * The PDF warm-up run in the background once the server is ready: browser, context, a page with the
 * notice's shell (stylesheet and embedded Sarabun) and fonts loaded and `page.pdf` exercised; then one
 * real notice (the newest round's first province) printed through the whole pipeline — model, HTML,
 * print, PDF clean-up and document info — and thrown away. The first notice a user asks for then
 * costs what a warm one does.
 */
import type { Db } from '../../../platform/db/client';
import { listRounds } from '../../rounds/rounds.queries';
import { loadRoundContext } from '../context';
import { printShell } from './print-html';
import { printableNotice, renderNoticePdf } from './print';
import { noticeRenderer, type NoticeRenderer } from './renderer';

export function warmNoticePrinting(db: Db, renderer: NoticeRenderer = noticeRenderer()): Promise<void> {
  return renderer.warm(async () => {
    // First the shell and its fonts into a pooled page: a user's print waiting on the warm-up may go then.
    await renderer.print({ shell: printShell(), pageStyle: '', body: '<p>ก <b>ก</b></p>' });
    // Then one real notice through the whole pipeline, for the server's own cold paths (model, HTML, PDF clean-up).
    const latest = listRounds(db)
      .filter((r) => r.results > 0)
      .at(-1);
    // As the notice route loads it: the printed province's observation drafts brought up to date (not stored).
    const iso = latest && [...(loadRoundContext(db, latest.year, latest.round, { drafts: 'none' })?.provinces.keys() ?? [])][0];
    const ctx = latest && iso ? loadRoundContext(db, latest.year, latest.round, { drafts: iso }) : undefined;
    const notice = ctx && iso ? printableNotice(db, ctx, iso) : undefined;
    if (notice) await renderNoticePdf(notice, 'thai', renderer);
  });
}
