/**
 * Page 4, import: choose a file → dry run (nothing saved) → read the report → confirm. Progress is
 * shown while the file uploads and while the server checks or imports it.
 */
import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../../../app/i18n';
import { ErrorState } from '../../../components/QueryState';
import { api } from '../../../lib/api';
import { Link } from '../../../lib/router';
import { paths } from '../../../lib/paths';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { rejectedReport, useCreateImport, type ImportReport } from '../api/create-import';
import type { ImportJob } from '../api/get-import-job';
import { IssuesTable, ReportCounts } from './ImportReportView';
import { RecentImports } from './RecentImports';
import { PreviewTable } from './PreviewTable';
import { RoundForms } from './RoundForms';
import { downloadPreview } from '../api/download-preview';
import { ApiRequestError } from '../../../lib/api';

type Phase = { step: 'idle' } | { step: 'sending'; dryRun: boolean; progress: number; job?: ImportJob } | { step: 'checked'; report: ImportReport } | { step: 'done'; report: ImportReport } | { step: 'failed'; error: unknown };

export function ImportPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [updateTargets, setUpdateTargets] = useState(false);
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const mutation = useCreateImport();
  useDocumentTitle(t.imports.title, t.app.title);

  const send = async (dryRun: boolean, planHash?: string) => {
    if (!file) return;
    setPhase({ step: 'sending', dryRun, progress: 0 });
    try {
      const report = await mutation.mutateAsync({
        file,
        dryRun,
        updateTargets,
        planHash,
        onProgress: (progress) => setPhase({ step: 'sending', dryRun, progress }),
        onServerProgress: (job) => setPhase({ step: 'sending', dryRun, progress: 1, job }),
      });
      setPhase(dryRun ? { step: 'checked', report } : { step: 'done', report });
    } catch (error) {
      setPhase({ step: 'failed', error });
    }
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void send(true);
  };
  const reset = () => {
    setFile(null);
    setPhase({ step: 'idle' });
    const input = document.getElementById(fileId) as HTMLInputElement | null;
    if (input) input.value = '';
  };
  const busy = phase.step === 'sending';
  const rejected = phase.step === 'failed' ? rejectedReport(phase.error) : null;
  const stale = phase.step === 'failed' && phase.error instanceof ApiRequestError && phase.error.code === 'PLAN_CHANGED';
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const download = () => {
    if (!file) return;
    setDownloadError(null);
    downloadPreview(file, updateTargets).catch(setDownloadError);
  };
  const templateHref = api.api['import-template.xlsx'].$path({ query: {} });

  return (
    <>
      <div className="page-head">
        <h1>{t.imports.title}</h1>
      </div>
      <section className="card">
        <p>{t.imports.intro}</p>
        <p>
          <a href={templateHref} download>
            {t.imports.template}
          </a>
        </p>
        <RoundForms />
        <form onSubmit={onSubmit} className="import-form">
          <label htmlFor={fileId}>{t.imports.file}</label>
          <input
            id={fileId}
            type="file"
            name="file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            aria-describedby={`${fileId}-hint`}
            disabled={busy}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setPhase({ step: 'idle' });
            }}
          />
          <small id={`${fileId}-hint`}>{t.imports.fileHint}</small>
          <label className="checkbox">
            <input type="checkbox" checked={updateTargets} disabled={busy} onChange={(e) => setUpdateTargets(e.target.checked)} /> {t.imports.updateTargets}
          </label>
          <div className="actions">
            <button type="submit" disabled={!file || busy}>
              {t.imports.check}
            </button>
          </div>
        </form>
      </section>

      <section className="card import-result" aria-live="polite">
        {phase.step === 'idle' && !file && <p className="note">{t.imports.chooseFirst}</p>}
        {phase.step === 'sending' && (
          <div className="progress" role="status">
            <label>
              <span>
                {phase.progress < 1 ? t.imports.uploading(i18n.num(Math.round(phase.progress * 100))) : phase.dryRun ? t.imports.checking : t.imports.importing}
              </span>
              {phase.progress < 1 ? <progress max={1} value={phase.progress} /> : <progress aria-label={t.imports.progress} />}
            </label>
            {phase.job && (
              <p className="note import-job-progress">
                {phase.job.state === 'queued'
                  ? t.imports.queued(i18n.num(phase.job.ahead))
                  : t.imports.serverProgress(i18n.num(phase.job.progress.rowsRead), i18n.num(phase.job.progress.rowsValidated), i18n.num(phase.job.progress.rowsWritten))}
              </p>
            )}
          </div>
        )}
        {stale && (
          <div className="report report-rejected" role="alert">
            <h2>{t.importPreview.stale}</h2>
            <button type="button" className="primary" onClick={() => void send(true)}>
              {t.importPreview.previewAgain}
            </button>
          </div>
        )}
        {phase.step === 'failed' && !stale &&
          (rejected ? (
            <div className="report report-rejected" role="alert">
              <h2>{t.imports.rejected(i18n.num(rejected.errors.length), i18n.num(new Set(rejected.errors.map((e) => e.row)).size))}</h2>
              <p>{t.imports.rejectedNext}</p>
              <IssuesTable issues={rejected.errors} caption={`${t.imports.errorsTitle} — ${rejected.fileName}`} />
            </div>
          ) : (
            <ErrorState error={phase.error} onRetry={() => void send(true)} />
          ))}
        {phase.step === 'checked' && (
          <div className="report report-ok">
            <h2>{t.imports.dryRunOk}</h2>
            <p>{phase.report.rows.new + phase.report.rows.changed + phase.report.targets.new + phase.report.targets.changed === 0 ? t.imports.nothingChanged : t.imports.dryRunNext}</p>
            <ReportCounts report={phase.report} />
            {phase.report.preview && phase.report.preview.rowsTotal > 0 && <PreviewTable preview={phase.report.preview} onDownload={download} />}
            {downloadError !== null && <ErrorState error={downloadError} onRetry={download} />}
            <div className="actions">
              {phase.report.rows.new + phase.report.rows.changed + phase.report.targets.new + phase.report.targets.changed > 0 && (
                <button type="button" className="primary" onClick={() => void send(false, phase.report.planHash)}>
                  {t.imports.confirm}
                </button>
              )}
              <button type="button" onClick={reset}>
                {t.imports.cancel}
              </button>
            </div>
          </div>
        )}
        {phase.step === 'done' && (
          <div className="report report-done" role="status">
            <h2>{t.imports.done}</h2>
            <p>{t.imports.doneNext}</p>
            <ReportCounts report={phase.report} />
            <ul className="inline-list">
              {phase.report.rounds.map((r) => (
                <li key={`${r.year}-${r.round}`}>
                  <Link to={paths.overview(r.year, r.round)}>
                    {t.imports.openRound} {t.round.short(i18n.digitsOf(r.year), i18n.digitsOf(r.round))}
                  </Link>
                </li>
              ))}
            </ul>
            <button type="button" onClick={reset}>
              {t.imports.cancel}
            </button>
          </div>
        )}
      </section>

      <section className="card" aria-label={t.imports.recent}>
        <RecentImports />
      </section>
    </>
  );
}
