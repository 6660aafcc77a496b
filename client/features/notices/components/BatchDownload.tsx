/** Every province's notice as one ZIP or one merged PDF, with progress while the server renders. */
import { useState } from 'react';
import { useI18n } from '../../../app/i18n';
import { useNoticeBatch } from '../api/get-notice-batch';
import { useStartNoticeBatch, type BatchFormat } from '../api/post-notice-batch';
import type { Digits } from '../../../../shared/contracts/notice';

export function BatchDownload({ year, round, digits }: { year: number; round: number; digits: Digits }) {
  const i18n = useI18n();
  const x = i18n.t.noticePages;
  const start = useStartNoticeBatch();
  const [jobId, setJobId] = useState<string | null>(null);
  const [withLetter, setWithLetter] = useState(false);
  const job = useNoticeBatch(jobId);
  const info = job.data ?? start.data;
  const running = start.isPending || info?.state === 'running';
  const begin = (format: BatchFormat) => start.mutate({ year, round, format, digits, withLetter }, { onSuccess: (j) => setJobId(j.id) });
  return (
    <section className="card" aria-labelledby="batch-title">
      <h2 id="batch-title">{x.batchTitle}</h2>
      <p className="muted">{x.batchNote}</p>
      <div className="nd-actions">
        <label>
          <input type="checkbox" checked={withLetter} onChange={(e) => setWithLetter(e.target.checked)} /> {x.batchWithLetter}
        </label>
        <button type="button" disabled={running} onClick={() => begin('zip')}>
          {x.batchZip}
        </button>
        <button type="button" disabled={running} onClick={() => begin('pdf')}>
          {x.batchPdf}
        </button>
      </div>
      {info && jobId === info.id && (
        <div className="nd-batch" role="status" aria-live="polite">
          {info.state === 'running' && (
            <>
              <progress max={info.total} value={info.done} />
              <span>{x.batchProgress(i18n.num(info.done), i18n.num(info.total))}</span>
            </>
          )}
          {info.state === 'done' && info.fileUrl && (
            <span>
              {x.batchDone}:{' '}
              <a className="button primary" href={info.fileUrl} download={info.fileName}>
                {x.batchDownload} {info.fileName}
              </a>
            </span>
          )}
          {info.state === 'failed' && <span className="nd-editor-error">{x.batchFailed}: {info.error}</span>}
        </div>
      )}
    </section>
  );
}
