/**
 * The route table: URLs → pages. Routes compose features; every page but the overview (the landing
 * page) is a separate chunk. Year, round, indicator and province are in the path, filters in the query.
 */
import { lazy, useEffect, type ReactNode } from 'react';
import type { Me } from '../features/auth';
import { LatestOverview, OverviewPage } from '../features/overview';
import { matchPath, navigate } from '../lib/router';
import { can } from './access';
import { NotFound } from './NotFound';
import { ProvinceLanding } from './ProvinceLanding';

const IndicatorPage = lazy(() => import('../features/indicator').then((m) => ({ default: m.IndicatorPage })));
const ProvincePage = lazy(() => import('../features/province').then((m) => ({ default: m.ProvincePage })));
const ImportPage = lazy(() => import('../features/imports').then((m) => ({ default: m.ImportPage })));
const NoticesListPage = lazy(() => import('../features/notices').then((m) => ({ default: m.NoticesListPage })));
const NoticePage = lazy(() => import('../features/notices').then((m) => ({ default: m.NoticePage })));
const AuditPage = lazy(() => import('../features/audit').then((m) => ({ default: m.AuditPage })));
const WatchlistPage = lazy(() => import('../features/watchlist').then((m) => ({ default: m.WatchlistPage })));
const UsersPage = lazy(() => import('../features/users').then((m) => ({ default: m.UsersPage })));

const year = (s: string | undefined) => (s && /^\d{4}$/.test(s) ? Number(s) : null);
const round = (s: string | undefined) => (s === '6' || s === '12' ? Number(s) : null);
const iso = (s: string | undefined) => (s && /^TH-\d{2}$/i.test(s) ? s.toUpperCase() : null);
const code = (s: string | undefined) => (s && /^[A-Za-z]{2,4}-\d{2}$/.test(s) ? s.toUpperCase() : null);

/**
 * `/login` (and `/sign-in`), as people type or bookmark them: signed out, every URL shows the sign-in
 * page already; signed in, they move to the landing page instead of "page not found".
 */
function ToLanding() {
  useEffect(() => navigate('/', { replace: true }), []);
  return null;
}

type Params = Record<string, string>;
/** A page for the matched params, or null when they are malformed (→ not found). */
type Render = (p: Params, me: Me) => ReactNode | null;

const withRound = (p: Params, page: (y: number, r: number) => ReactNode) => {
  const y = year(p.year);
  const r = round(p.round);
  return y && r ? page(y, r) : null;
};

export const routes: { pattern: string; render: Render }[] = [
  // A province user lands on its own province; everyone else on the national overview.
  { pattern: '/', render: (_p, me) => (me.role === 'province' && me.provinceIso ? <ProvinceLanding iso={me.provinceIso} /> : <LatestOverview />) },
  {
    pattern: '/overview/:year/:round',
    render: (p, me) => withRound(p, (y, r) => <OverviewPage year={y} round={r} ownProvince={me.role === 'province' ? me.provinceIso : null} />),
  },
  {
    pattern: '/indicators/:year/:round/:code',
    render: (p, me) =>
      withRound(p, (y, r) => (code(p.code) ? <IndicatorPage year={y} round={r} code={code(p.code)!} ownProvince={me.role === 'province' ? me.provinceIso : null} /> : null)),
  },
  {
    pattern: '/provinces/:year/:round/:iso',
    render: (p, me) =>
      withRound(p, (y, r) => (iso(p.iso) ? <ProvincePage year={y} round={r} iso={iso(p.iso)!} canDownloadForm={me.role === 'province' && me.provinceIso === iso(p.iso)} /> : null)),
  },
  // Pages a role may not use are "not found" here; the server refuses their API calls anyway.
  { pattern: '/import', render: (_p, me) => (can.import(me) ? <ImportPage /> : null) },
  { pattern: '/notices/:year/:round', render: (p, me) => withRound(p, (y, r) => <NoticesListPage year={y} round={r} canEdit={can.editNotices(me)} />) },
  {
    pattern: '/notices/:year/:round/:iso',
    render: (p, me) => withRound(p, (y, r) => (iso(p.iso) ? <NoticePage year={y} round={r} iso={iso(p.iso)!} canEdit={can.editNotices(me)} /> : null)),
  },
  { pattern: '/audit', render: (_p, me) => (can.audit(me) ? <AuditPage canRollback={can.import(me)} /> : null) },
  { pattern: '/watchlist/:year/:round', render: (p) => withRound(p, (y, r) => <WatchlistPage year={y} round={r} />) },
  { pattern: '/users', render: (_p, me) => (can.manageUsers(me) ? <UsersPage /> : null) },
  { pattern: '/login', render: () => <ToLanding /> },
  { pattern: '/sign-in', render: () => <ToLanding /> },
];

/** The page for a path: the first route that matches with well-formed params, else not found. */
export function renderRoute(pathname: string, me: Me): ReactNode {
  for (const r of routes) {
    const params = matchPath(r.pattern, pathname);
    if (!params) continue;
    const page = r.render(params, me);
    if (page) return page;
  }
  return <NotFound />;
}
