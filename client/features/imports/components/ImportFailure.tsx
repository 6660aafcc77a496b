/**
 * A failed check or import: the preview went stale (preview again), the file was refused (its
 * problems row by row), or anything else (the shared error state with a retry).
 */
import { useI18n } from '../../../app/i18n';
import { ErrorState } from '../../../components/QueryState';
import { IssuesTable } from './ImportReportView';
import type { ImportFlow } from './use-import-flow';

export function ImportFailure({ flow, error }: { flow: ImportFlow; error: unknown }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { rejected } = flow;
  if (flow.stale)
    return (
      <div className="report report-rejected" role="alert">
        <h2>{t.importPreview.stale}</h2>
        <button type="button" className="primary" onClick={flow.check}>
          {t.importPreview.previewAgain}
        </button>
      </div>
    );
  if (!rejected) return <ErrorState error={error} onRetry={flow.check} />;
  return (
    <div className="report report-rejected" role="alert">
      <h2>{t.imports.rejected(i18n.num(rejected.errors.length), i18n.num(new Set(rejected.errors.map((e) => e.row)).size))}</h2>
      <p>{t.imports.rejectedNext}</p>
      <IssuesTable issues={rejected.errors} caption={`${t.imports.errorsTitle} — ${rejected.fileName}`} />
    </div>
  );
}
