/** While the file uploads (a fraction) and then while the server checks or imports it (its job's counts). */
import { useI18n } from '../../../app/i18n';
import type { ImportPhase } from './use-import-flow';

export function ImportProgress({ phase }: { phase: Extract<ImportPhase, { step: 'sending' }> }) {
  const i18n = useI18n();
  const { t } = i18n;
  const uploading = phase.progress < 1;
  return (
    <div className="progress" role="status">
      <label>
        <span>{uploading ? t.imports.uploading(i18n.num(Math.round(phase.progress * 100))) : phase.dryRun ? t.imports.checking : t.imports.importing}</span>
        {/* Once the bytes are sent the server gives counts, not a fraction: an indeterminate bar. */}
        {uploading ? <progress max={1} value={phase.progress} /> : <progress aria-label={t.imports.progress} />}
      </label>
      {phase.job && (
        <p className="note import-job-progress">
          {phase.job.state === 'queued'
            ? t.imports.queued(i18n.num(phase.job.ahead))
            : t.imports.serverProgress(i18n.num(phase.job.progress.rowsRead), i18n.num(phase.job.progress.rowsValidated), i18n.num(phase.job.progress.rowsWritten))}
        </p>
      )}
    </div>
  );
}
