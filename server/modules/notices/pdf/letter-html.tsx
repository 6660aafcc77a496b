/**
 * The cover letter as a `PrintDocument`, beside the notice's (print-html.tsx): the same embedded
 * Sarabun fonts, the letter's stylesheet, A4 with the official margins and no page numbers (a
 * one-page letter carries none under ระเบียบงานสารบรรณ).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderToString } from 'react-dom/server';
import { projectRoot } from '../../../platform/config';
import { CoverLetter } from '../../../../shared/notice/letter/CoverLetter';
import type { LetterModel } from '../../../../shared/notice/letter/model';
import { embeddedFonts, PAGE_MARGINS } from './print-html';
import type { PrintDocument } from './renderer';

let shell: string | undefined;

function letterShell(): string {
  const css = readFileSync(join(projectRoot, 'shared/notice/letter/cover-letter.css'), 'utf8');
  return (shell ??= `<!doctype html><html lang="th"><head><meta charset="utf-8"><title>หนังสือนำส่ง</title><style>${embeddedFonts()}
html,body{margin:0;padding:0;background:#fff;}
${css}</style><style id="page-style"></style></head><body><div style="position:absolute;visibility:hidden;font-family:Sarabun"><span>ก</span><b>ก</b></div></body></html>`);
}

export function letterPrintDocument(letter: LetterModel): PrintDocument {
  const m = PAGE_MARGINS;
  // The letter's top margin is smaller than the notice's: the 3 cm Garuda sits 1.5 cm from the top edge.
  return {
    shell: letterShell(),
    pageStyle: `@page{size:A4;margin:1.5cm ${m.right} ${m.bottom} ${m.left};}`,
    body: renderToString(<CoverLetter letter={letter} />),
  };
}
