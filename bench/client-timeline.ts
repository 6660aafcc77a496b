/**
 * Where a page load's time goes, read from Chromium's own performance timeline of the loaded page
 * (navigation and resource timing, paint entries, the page's marks), for the client bench's one-line
 * breakdown. Every figure is ms from navigation start; null when the page has no such moment.
 */
import type { Page } from 'playwright-core';
import { median } from './import-bench';

export interface LoadTimeline {
  /** The HTML fully received. */
  html: number;
  /** The stylesheet received (render-blocking: nothing paints before it). */
  css: number | null;
  /** Chromium's first paint of the page. */
  firstPaint: number | null;
  /** The last script fetched before the map was ready. */
  scripts: number | null;
  /** The province outlines received (the product's asset; the static page's `topology`). */
  outlines: number | null;
  /** The last API JSON fetched before the map was ready (the static page's; the product's are inline). */
  data: number | null;
  /** The last web font received. */
  fonts: number | null;
  /** The app's scripts ran and React started (hydrating or drawing): the product's `app-render` mark. */
  appRender: number | null;
  /** The coloured map painted (`map-painted`; the static page's `map-ready`). */
  painted: number;
  /** The map painted with its handlers attached (`map-ready`). */
  ready: number;
  /** Main-thread long tasks (> 50 ms) before `ready`: their total duration. */
  longTasksMs: number;
}

/** Installs the long-task observer; call before `page.goto`. */
export async function observeLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: PerformanceEntry[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => w.__longTasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });
  });
}

/** The page's timeline once `html[data-map-ready]` is set. */
export function readTimeline(page: Page): Promise<LoadTimeline> {
  // No named functions inside: the bench runs under tsx, whose helpers do not exist in the page.
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const ready = performance.getEntriesByName('map-ready')[0]!.startTime;
    const painted = performance.getEntriesByName('map-painted')[0]?.startTime ?? ready;
    const res = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => e.startTime < ready);
    const kinds: [string, RegExp][] = [
      ['css', /\.css$/],
      ['scripts', /\.js$/],
      ['outlines', /(th-provinces\.shapes-[\w-]+\.json|\/same\/topology)$/],
      ['data', /^\/(api\/|same\/(?!topology))/],
      ['fonts', /\.(woff2?|ttf)$/],
    ];
    const last: Record<string, number | null> = {};
    for (const [kind, re] of kinds) {
      const ends = res.filter((e) => re.test(new URL(e.name).pathname)).map((e) => e.responseEnd);
      last[kind] = ends.length ? Math.max(...ends) : null;
    }
    const mark = performance.getEntriesByName('app-render')[0];
    const w = window as unknown as { __longTasks?: PerformanceEntry[] };
    return {
      html: nav.responseEnd,
      css: last.css ?? null,
      firstPaint: performance.getEntriesByName('first-paint')[0]?.startTime ?? null,
      scripts: last.scripts ?? null,
      outlines: last.outlines ?? null,
      data: last.data ?? null,
      fonts: last.fonts ?? null,
      appRender: mark ? mark.startTime : null,
      painted,
      ready,
      longTasksMs: (w.__longTasks ?? []).filter((e) => e.startTime < ready).reduce((a, e) => a + e.duration, 0),
    };
  });
}

/** One line: the median of each moment over `loads` (moments a page does not have are left out). */
export function formatTimeline(loads: LoadTimeline[]): string {
  const names: [keyof LoadTimeline, string][] = [
    ['html', 'HTML'],
    ['css', 'CSS'],
    ['data', 'JSON'],
    ['outlines', 'outlines'],
    ['firstPaint', 'first paint'],
    ['painted', 'map painted'],
    ['scripts', 'scripts'],
    ['fonts', 'fonts'],
    ['appRender', 'React starts'],
    ['ready', 'map ready (handlers)'],
  ];
  const parts: string[] = [];
  for (const [key, label] of names) {
    const values = loads.map((l) => l[key]).filter((v): v is number => v !== null);
    if (values.length) parts.push(`${label} ${Math.round(median(values))}`);
  }
  return `${parts.join(' · ')} ms; long tasks ${Math.round(median(loads.map((l) => l.longTasksMs)))} ms`;
}
