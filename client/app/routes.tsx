/**
 * The route table: URLs → pages. Routes compose features; every page but the overview (the landing
 * page) is a separate chunk. Year, round, indicator and province are in the path, filters in the query.
 */
import { lazy, type ReactNode } from 'react';
import { LatestOverview, OverviewPage } from '../features/overview';
import { matchPath } from '../lib/router';
import { NotFound } from './NotFound';

const IndicatorPage = lazy(() => import('../features/indicator').then((m) => ({ default: m.IndicatorPage })));
const ProvincePage = lazy(() => import('../features/province').then((m) => ({ default: m.ProvincePage })));
const ImportPage = lazy(() => import('../features/imports').then((m) => ({ default: m.ImportPage })));
const NoticesListPage = lazy(() => import('../features/notices').then((m) => ({ default: m.NoticesListPage })));
const NoticePage = lazy(() => import('../features/notices').then((m) => ({ default: m.NoticePage })));

const year = (s: string | undefined) => (s && /^\d{4}$/.test(s) ? Number(s) : null);
const round = (s: string | undefined) => (s === '6' || s === '12' ? Number(s) : null);
const iso = (s: string | undefined) => (s && /^TH-\d{2}$/i.test(s) ? s.toUpperCase() : null);
const code = (s: string | undefined) => (s && /^[A-Za-z]{2,4}-\d{2}$/.test(s) ? s.toUpperCase() : null);

type Params = Record<string, string>;
/** A page for the matched params, or null when they are malformed (→ not found). */
type Render = (p: Params) => ReactNode | null;

const withRound = (p: Params, page: (y: number, r: number) => ReactNode) => {
  const y = year(p.year);
  const r = round(p.round);
  return y && r ? page(y, r) : null;
};

export const routes: { pattern: string; render: Render }[] = [
  { pattern: '/', render: () => <LatestOverview /> },
  { pattern: '/overview/:year/:round', render: (p) => withRound(p, (y, r) => <OverviewPage year={y} round={r} />) },
  {
    pattern: '/indicators/:year/:round/:code',
    render: (p) => withRound(p, (y, r) => (code(p.code) ? <IndicatorPage year={y} round={r} code={code(p.code)!} /> : null)),
  },
  {
    pattern: '/provinces/:year/:round/:iso',
    render: (p) => withRound(p, (y, r) => (iso(p.iso) ? <ProvincePage year={y} round={r} iso={iso(p.iso)!} /> : null)),
  },
  { pattern: '/import', render: () => <ImportPage /> },
  { pattern: '/notices/:year/:round', render: (p) => withRound(p, (y, r) => <NoticesListPage year={y} round={r} />) },
  {
    pattern: '/notices/:year/:round/:iso',
    render: (p) => withRound(p, (y, r) => (iso(p.iso) ? <NoticePage year={y} round={r} iso={iso(p.iso)!} /> : null)),
  },
];

/** The page for a path: the first route that matches with well-formed params, else not found. */
export function renderRoute(pathname: string): ReactNode {
  for (const r of routes) {
    const params = matchPath(r.pattern, pathname);
    if (!params) continue;
    const page = r.render(params);
    if (page) return page;
  }
  return <NotFound />;
}
