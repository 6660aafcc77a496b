import { Link } from '../lib/router';
import { paths } from '../lib/paths';
import { useDocumentTitle } from '../lib/use-document-title';
import { useI18n } from './i18n';

export function NotFound() {
  const { t } = useI18n();
  useDocumentTitle(t.state.notFoundTitle, t.app.title);
  return (
    <>
      <h1>{t.state.notFoundTitle}</h1>
      <div className="state state-empty">
        <p>{t.state.notFoundNext}</p>
        <Link to={paths.home()}>{t.state.backToOverview}</Link>
      </div>
    </>
  );
}
