/**
 * Prints HTML to PDF with one headless Chromium shared by every request: pages are reused, at most
 * `concurrency` renders run at once (the rest wait their turn), and the browser is started on first
 * use, started again if it dies, and closed with `closeNoticeRenderer()` when the server stops.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { processConfig } from '../../../platform/config';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../../../platform/browser/chromium';
import type { PhaseClock } from './phases';

/**
 * The page.evaluate callback below runs inside Chromium, not Node: the server's tsconfig has no DOM
 * types, so declare just what that callback touches.
 */
declare const document: {
  getElementById(id: string): { textContent: string | null } | null;
  body: { innerHTML: string };
  fonts: { ready: Promise<unknown> };
};

/**
 * A document in three parts, so a pooled page can keep what is shared: the `shell` page (fonts and
 * stylesheets, with an empty `<style id="page-style">`), loaded once per page, then per document the
 * `@page` rules and the body's markup.
 */
export interface PrintDocument {
  shell: string;
  pageStyle: string;
  body: string;
}

export interface RendererOptions {
  /** Renders at once; default KPI_PDF_CONCURRENCY, else 2–4 by CPU count. */
  concurrency?: number;
}

const PDF_OPTIONS = { preferCSSPageSize: true, printBackground: true } as const;

/** Set inside a warm-up's own prints, which must not wait for the warm-up they belong to. */
const inWarmUp = new AsyncLocalStorage<true>();

/** KPI_PDF_CONCURRENCY, else 2–4 by CPU count (server/platform/config.ts). */
export function defaultConcurrency(): number {
  return processConfig().pdfConcurrency;
}

export class NoticeRenderer {
  readonly concurrency: number;
  private started?: Promise<{ browser: Browser; context: BrowserContext }>;
  private idle: Page[] = [];
  /** The shell each pooled page holds. */
  private shells = new WeakMap<Page, string>();
  private running = 0;
  private queue: (() => void)[] = [];
  private closed = false;
  /** While a warm-up runs: resolves once it has a warm page pooled (or has ended); prints wait on it. */
  private warming?: Promise<void>;
  private pageWarm?: () => void;

  constructor(opts: RendererOptions = {}) {
    this.concurrency = opts.concurrency ?? defaultConcurrency();
  }

  /** Renders waiting for a free slot, and how many are running now (for tests and the bench). */
  get load() {
    return { running: this.running, waiting: this.queue.length };
  }

  /** Pages open and free for the next print (for tests: a warm-up leaves one). */
  get pooledPages(): number {
    return this.idle.length;
  }

  private start() {
    this.started ??= (async () => {
      const browser = await launchBrowser();
      browser.on('disconnected', () => {
        this.started = undefined;
        this.idle = [];
      });
      // The page is our own escaped HTML; scripts stay off anyway, and nothing may reach the network.
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
      return { browser, context };
    })().catch((e) => {
      this.started = undefined;
      throw e;
    });
    return this.started;
  }

  /**
   * Starts the browser ahead of the first request (optional; `pdf` starts it when needed), then runs
   * `job`: throwaway prints of what real requests will print (a notice, through its whole pipeline),
   * so the first real one finds a pooled page with the notice's shell and fonts loaded and every code
   * path warm. A print asked for while the warm-up runs waits until the warm-up's first print has put
   * its page back in the pool and then takes that warm page, rather than opening a second page and
   * loading the shell cold beside it; it does not wait for the rest of the warm-up.
   *
   * @example
   * await renderer.warm(() => renderer.print(someDocument).then(() => undefined));
   */
  warm(job: () => Promise<void> = async () => void (await this.pdf('<!doctype html><p>warm-up</p>'))): Promise<void> {
    let pageWarm!: () => void;
    const gate = new Promise<void>((resolve) => (pageWarm = resolve));
    this.warming = gate;
    this.pageWarm = pageWarm;
    const run = inWarmUp.run(true, async () => {
      await this.start();
      await job();
    });
    return run.finally(() => {
      pageWarm(); // a failed warm-up holds nothing back: prints start what they need themselves
      if (this.warming === gate) this.warming = undefined;
    });
  }

  private async acquire(): Promise<void> {
    if (this.running < this.concurrency) {
      this.running++;
      return;
    }
    await new Promise<void>((resolve) => this.queue.push(resolve));
  }

  private release() {
    const next = this.queue.shift();
    if (next) next(); // the slot passes straight to the next waiter
    else this.running--;
  }

  /**
   * Prints one HTML page (A4 and margins come from its CSS `@page`). `html` may be a function, called
   * only once a slot is free, so a batch does not hold every page's HTML in memory at once.
   */
  pdf(html: string | (() => string)): Promise<Uint8Array> {
    return this.withPage(html, (page) => page.pdf(PDF_OPTIONS));
  }

  /**
   * Prints a `PrintDocument`: the page's shell is reused when it is already loaded, so only the body
   * and the page rules change. `doc` may be a function, called once a slot is free.
   */
  print(doc: PrintDocument | (() => PrintDocument), clock?: PhaseClock): Promise<Uint8Array> {
    return this.run(async (page) => {
      clock?.mark('wait + page');
      const d = typeof doc === 'function' ? doc() : doc;
      clock?.mark('html');
      if (this.shells.get(page) !== d.shell) {
        await page.setContent(d.shell, { waitUntil: 'load' });
        this.shells.set(page, d.shell);
      }
      clock?.mark('shell setContent');
      await page.evaluate(
        ([style, body]) => {
          document.getElementById('page-style')!.textContent = style;
          document.body.innerHTML = body;
          return document.fonts.ready.then(() => undefined);
        },
        [d.pageStyle, d.body] as const,
      );
      clock?.mark('body + fonts');
      const bytes = await page.pdf(PDF_OPTIONS);
      clock?.mark('page.pdf');
      return bytes;
    });
  }

  /** Loads the HTML into a pooled page (scripts off) and runs `fn` on it, within the concurrency cap. */
  withPage<T>(html: string | (() => string), fn: (page: Page) => Promise<T>): Promise<T> {
    return this.run(async (page) => {
      this.shells.delete(page);
      await page.setContent(typeof html === 'function' ? html() : html, { waitUntil: 'load' });
      return fn(page);
    });
  }

  /** Runs `fn` on a pooled page within the concurrency cap; a page that failed is closed, not reused. */
  private async run<T>(fn: (page: Page) => Promise<T>): Promise<T> {
    if (this.closed) throw new Error('The notice renderer is closed');
    if (this.warming && !inWarmUp.getStore()) await this.warming;
    await this.acquire();
    let page: Page | undefined;
    try {
      const { context } = await this.start();
      page = this.idle.pop() ?? (await context.newPage());
      const out = await fn(page);
      this.idle.push(page);
      page = undefined;
      if (inWarmUp.getStore()) this.pageWarm?.(); // the warm-up's page is pooled: waiting prints may go
      return out;
    } finally {
      if (page) await page.close().catch(() => {});
      this.release();
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    const started = this.started;
    this.started = undefined;
    this.idle = [];
    if (started) await (await started.catch(() => undefined))?.browser.close().catch(() => {});
  }
}

let shared: NoticeRenderer | undefined;

/** The process-wide renderer (one browser for the whole server). */
export function noticeRenderer(): NoticeRenderer {
  return (shared ??= new NoticeRenderer());
}

/** Closes the shared browser; call when the server stops. Safe to call when it never started. */
export async function closeNoticeRenderer(): Promise<void> {
  const r = shared;
  shared = undefined;
  await r?.close();
}
