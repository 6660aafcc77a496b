/**
 * The PDF warm-up run in the background once the server is ready: one real notice (the newest round's
 * first province) printed through the whole pipeline and thrown away — browser, context, a page with
 * the notice's shell (stylesheet and embedded Sarabun) and fonts loaded, `page.pdf`, then the PDF
 * clean-up and document info. The first notice a user asks for then costs what a warm one does.
 */
import type { Db } from '../../../platform/db/client';
import { listRounds } from '../../rounds/rounds.queries';
import { loadRoundContext } from '../context';
import { printShell } from './print-html';
import { printableNotice, renderNoticePdf } from './print';
import { noticeRenderer, type NoticeRenderer } from './renderer';

export function warmNoticePrinting(db: Db, renderer: NoticeRenderer = noticeRenderer()): Promise<void> {
  return renderer.warm(async () => {
    const latest = listRounds(db)
      .filter((r) => r.results > 0)
      .at(-1);
    // As the notice route loads it: the printed province's observation drafts brought up to date (not stored).
    const iso = latest && [...(loadRoundContext(db, latest.year, latest.round, { drafts: 'none' })?.provinces.keys() ?? [])][0];
    const ctx = latest && iso ? loadRoundContext(db, latest.year, latest.round, { drafts: iso }) : undefined;
    const notice = ctx && iso ? printableNotice(db, ctx, iso) : undefined;
    if (notice) await renderNoticePdf(notice, 'thai', renderer);
    // No results stored yet: a stand-in body still loads the shell and its fonts into the pooled page.
    else await renderer.print({ shell: printShell(), pageStyle: '', body: '<p>ก <b>ก</b></p>' });
  });
}
