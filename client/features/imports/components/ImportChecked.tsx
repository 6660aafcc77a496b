/** The dry run's report: counts, the preview of every changed row, and confirm (only when something would change). */
import { useI18n } from '../../../app/i18n';
import { ErrorState } from '../../../components/QueryState';
import type { ImportReport } from '../api/create-import';
import { ReportCounts } from './ImportReportView';
import { PreviewTable } from './PreviewTable';
import { changeCount, type ImportFlow } from './use-import-flow';

export function ImportChecked({ flow, report }: { flow: ImportFlow; report: ImportReport }) {
  const { t } = useI18n();
  const changes = changeCount(report);
  return (
    <div className="report report-ok">
      <h2>{t.imports.dryRunOk}</h2>
      <p>{changes === 0 ? t.imports.nothingChanged : t.imports.dryRunNext}</p>
      <ReportCounts report={report} />
      {report.preview && report.preview.rowsTotal > 0 && <PreviewTable preview={report.preview} onDownload={flow.download} />}
      {flow.downloadError !== null && <ErrorState error={flow.downloadError} onRetry={flow.download} />}
      <div className="actions">
        {changes > 0 && (
          <button type="button" className="primary" onClick={() => flow.confirm(report.planHash)}>
            {t.imports.confirm}
          </button>
        )}
        <button type="button" onClick={flow.reset}>
          {t.imports.cancel}
        </button>
      </div>
    </div>
  );
}
