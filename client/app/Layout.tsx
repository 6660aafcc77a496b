/** Header (title, menu, language and digits switches), the page, and the footer. */
import { Suspense, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { roundsWithData, useRounds } from '../api/get-rounds';
import { MapPatterns } from '../components/map/MapPatterns';
import { Loading } from '../components/QueryState';
import { ProvincePicker } from '../components/ProvincePicker';
import { api } from '../lib/api';
import { Link, useLocation } from '../lib/router';
import { paths } from '../lib/paths';
import { UserMenu, type Me } from '../features/auth';
import { can } from './access';
import { useI18n } from './i18n';

export function Layout({ children, me }: { children: ReactNode; me: Me }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const { pathname } = useLocation();
  const withData = roundsWithData(useRounds().data?.rounds ?? []);
  const latest = withData[0];
  // The watch list projects from a round before the year end: the newest such round.
  const latestOutlook = withData.find((r) => r.round < 12);
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  // On a phone the menu and switches fold behind one button (issue 13); closed again on every navigation.
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => setMenuOpen(false), [pathname]);

  // The default tab title; a page's own title (a passive effect) replaces it after this layout effect.
  useLayoutEffect(() => {
    document.title = t.app.title;
  }, [pathname, t]);

  // After in-app navigation, move focus to the new page so screen readers announce it. A layout effect:
  // it runs in the navigation's own task, so it never takes focus from a field the reader has gone on
  // to type in (a passive effect ran after the paint and blurred the header's search, closing its list).
  useLayoutEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus({ preventScroll: true });
  }, [pathname]);

  const section = pathname.split('/')[1] ?? '';
  const current = (s: string) => (section === s || (s === 'overview' && section === '') ? 'page' : undefined);
  return (
    <>
      <a className="skip-link" href="#main">
        {t.app.skip}
      </a>
      <header className={menuOpen ? 'site-header menu-open' : 'site-header'}>
        <div className="brand">
          <Link to={paths.home()}>{t.app.title}</Link>
          <small>{t.app.subtitle}</small>
        </div>
        <button type="button" className="menu-toggle" aria-expanded={menuOpen} aria-controls="site-menu" onClick={() => setMenuOpen((o) => !o)}>
          {menuOpen ? t.app.menuClose : t.app.menu}
        </button>
        <nav aria-label={t.app.nav} id="site-menu">
          <ul>
            <li>
              <Link to={latest ? paths.overview(latest.year, latest.round) : paths.home()} aria-current={current('overview')}>
                {t.app.navOverview}
              </Link>
            </li>
            {latestOutlook && (
              <li>
                <Link to={paths.watchlist(latestOutlook.year, latestOutlook.round)} aria-current={current('watchlist')}>
                  {t.warning.watch.nav}
                </Link>
              </li>
            )}
            {latest && (
              <li>
                <Link to={paths.notices(latest.year, latest.round)} aria-current={current('notices')}>
                  {t.app.navNotices}
                </Link>
              </li>
            )}
            {can.import(me) && (
              <li>
                <Link to={paths.import()} aria-current={current('import')}>
                  {t.app.navImport}
                </Link>
              </li>
            )}
            {can.audit(me) && (
              <li>
                <Link to={paths.audit()} aria-current={current('audit')}>
                  {t.app.navAudit}
                </Link>
              </li>
            )}
            {can.manageUsers(me) && (
              <li>
                <Link to={paths.users()} aria-current={current('users')}>
                  {t.app.navUsers}
                </Link>
              </li>
            )}
          </ul>
        </nav>
        <div className="prefs">
          {/* A province user reads one province only: nothing to search. */}
          {me.role !== 'province' && <ProvincePicker />}
          <UserMenu me={me} />
          {lang === 'th' && (
            <button type="button" aria-pressed={i18n.digits === 'thai'} onClick={() => i18n.setDigits(i18n.digits === 'thai' ? 'arabic' : 'thai')}>
              {t.app.digitsThai}
            </button>
          )}
          <button type="button" lang={lang === 'th' ? 'en' : 'th'} aria-label={t.app.switchToLabel} onClick={() => i18n.setLang(lang === 'th' ? 'en' : 'th')}>
            {t.app.switchTo}
          </button>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Suspense fallback={<Loading />}>{children}</Suspense>
      </main>
      <footer className="site-footer">
        <a href="/api/docs">{t.app.apiDocs}</a>
        {can.import(me) && (
          <>
            {' · '}
            <a href={api.api['import-template.xlsx'].$path({ query: {} })}>{t.app.template}</a>
          </>
        )}
        <p>{t.app.demoNote}</p>
      </footer>
      <MapPatterns />
    </>
  );
}
