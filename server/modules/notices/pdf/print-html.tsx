/**
 * The printable HTML page of a notice: the same `NoticeDocument` the screen shows, rendered with
 * react-dom/server into a full page with the Sarabun TTFs embedded (so the PDF embeds them too), A4
 * pages with the official margins, and page numbers in the notice's digits.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { renderToString } from 'react-dom/server';
import { AnnexDocument } from '../../../../shared/notice/document/AnnexDocument';
import { NoticeDocument } from '../../../../shared/notice/document/NoticeDocument';
import { projectRoot } from '../../../platform/config';
import { displayText, noticeText } from '../../../../shared/notice/format';
import type { AnnexModel, Digits, NoticeModel, NoticeStamp } from '../../../../shared/contracts/notice';
import type { PrintDocument } from './renderer';

const require = createRequire(import.meta.url);

let fontFaces: string | undefined;
let documentCss: string | undefined;

/** @font-face rules with the whole Sarabun TTFs (regular and bold) as data URLs, built once. */
export function embeddedFonts(): string {
  if (fontFaces) return fontFaces;
  const dir = dirname(require.resolve('@expo-google-fonts/sarabun/package.json'));
  const face = (file: string, weight: number) =>
    `@font-face{font-family:'Sarabun';font-style:normal;font-weight:${weight};font-display:block;` +
    `src:url(data:font/ttf;base64,${readFileSync(join(dir, file)).toString('base64')}) format('truetype');}`;
  return (fontFaces = face('400Regular/Sarabun_400Regular.ttf', 400) + face('700Bold/Sarabun_700Bold.ttf', 700));
}

function noticeCss(): string {
  return (documentCss ??= readFileSync(join(projectRoot, 'shared/notice/document/notice-document.css'), 'utf8'));
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const cssString = (s: string) => `"${s.replace(/[\\"\n]/g, (c) => (c === '\n' ? ' ' : `\\${c}`))}"`;

/** Official Thai document margins (ระเบียบงานสารบรรณ): top 2.5 cm, left 3 cm, right and bottom 2 cm. */
export const PAGE_MARGINS = { top: '2.5cm', right: '2cm', bottom: '2cm', left: '3cm' } as const;

/*
 * A notice is printed as a `PrintDocument`: the shell (fonts and stylesheet, the same for every notice,
 * loaded once per pooled browser page), this notice's page rules (footer and page numbers) and its
 * body. Measured: re-parsing the 250 KB of embedded fonts for every notice cost 40 ms of its 110 ms.
 */
let shell: string | undefined;

/** The shell: fonts, the notice stylesheet, an empty body; fonts are used once so they load with it. */
export function printShell(): string {
  return (shell ??= `<!doctype html><html lang="th"><head><meta charset="utf-8"><title>เอกสารแจ้งสถานะการดำเนินงาน</title><style>${embeddedFonts()}
html,body{margin:0;padding:0;background:#fff;}
body{-webkit-print-color-adjust:exact;print-color-adjust:exact;}
${noticeCss()}</style><style id="page-style"></style></head><body><div style="position:absolute;visibility:hidden;font-family:Sarabun"><span>ก</span><b>ก</b></div></body></html>`);
}

/**
 * A4 with the official margins; the page number at the top centre from page 2 (as official documents
 * number their pages: "- ๒ -"), in the notice's digits; the document's name in the bottom margin.
 */
function pageStyle(footerText: string, digits: Digits): string {
  const footer = displayText(footerText, digits);
  const counter = digits === 'thai' ? 'thai' : 'decimal';
  const m = PAGE_MARGINS;
  // Page margin boxes (Chromium ≥ 131) print the page numbers with a CSS counter style, so they can be
  // Thai digits. Each box is kept to one line: measured, a box that wraps draws its marks twice.
  const box = `font-family:'Sarabun';font-size:10pt;white-space:nowrap;`;
  return `@page{size:A4;margin:${m.top} ${m.right} ${m.bottom} ${m.left};
@top-center{content:"- " counter(page, ${counter}) " -";font-family:'Sarabun';font-size:11pt;white-space:nowrap;}
@bottom-left{content:${cssString(footer)};${box}}}
@page:first{@top-center{content:none;}}`;
}

/** The notice as a `PrintDocument` for `NoticeRenderer.print`. */
export function noticePrintDocument(model: NoticeModel, stamp: NoticeStamp, digits: Digits): PrintDocument {
  const footer = noticeText.footer(model.province.nameTh, model.year, model.round);
  return { shell: printShell(), pageStyle: pageStyle(footer, digits), body: renderToString(<NoticeDocument model={model} stamp={stamp} digits={digits} />) };
}

/** The round's national annex as a `PrintDocument`: the same shell, page rules and components as a notice. */
export function annexPrintDocument(annex: AnnexModel, digits: Digits): PrintDocument {
  const footer = `${noticeText.annexTitle} ${noticeText.yearRound(annex.year, annex.round)}`;
  return { shell: printShell(), pageStyle: pageStyle(footer, digits), body: renderToString(<AnnexDocument annex={annex} digits={digits} />) };
}

/**
 * The same notice as one self-contained HTML page (for a browser's own print, or `page.setContent`).
 *
 * @example
 * await page.setContent(noticePrintHtml(model, stamp, 'thai')); await page.pdf({ preferCSSPageSize: true });
 */
export function noticePrintHtml(model: NoticeModel, stamp: NoticeStamp, digits: Digits): string {
  const doc = noticePrintDocument(model, stamp, digits);
  const title = escapeHtml(`${noticeText.title} ${noticeText.province(model.province.nameTh)} ${displayText(noticeText.yearRound(model.year, model.round), digits)}`);
  // Replacer functions: a "$&" typed in an observation must stay text, not become a replacement pattern.
  return doc.shell
    .replace(/<title>[^<]*<\/title>/, () => `<title>${title}</title>`)
    .replace('<style id="page-style"></style>', () => `<style id="page-style">${doc.pageStyle}</style>`)
    .replace(/<body>.*<\/body>/s, () => `<body>${doc.body}</body>`);
}
