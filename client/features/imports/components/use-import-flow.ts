/**
 * The import page's state machine: choose a file → dry run (nothing saved) → read the report →
 * confirm with the dry run's plan hash. Kept apart from the markup so each part of the page only
 * renders one phase.
 */
import { useRef, useState } from 'react';
import { ApiRequestError } from '../../../lib/api';
import { rejectedReport, useCreateImport, type ImportReport } from '../api/create-import';
import { downloadPreview } from '../api/download-preview';
import type { ImportJob } from '../api/get-import-job';

export type ImportPhase =
  | { step: 'idle' }
  | { step: 'sending'; dryRun: boolean; progress: number; job?: ImportJob }
  | { step: 'checked'; report: ImportReport }
  | { step: 'done'; report: ImportReport }
  | { step: 'failed'; error: unknown };

/** Rows and targets the report would add or change: zero means there is nothing to confirm. */
export const changeCount = (report: ImportReport) => report.rows.new + report.rows.changed + report.targets.new + report.targets.changed;

export function useImportFlow() {
  const [file, setFile] = useState<File | null>(null);
  const [updateTargets, setUpdateTargets] = useState(false);
  const [phase, setPhase] = useState<ImportPhase>({ step: 'idle' });
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const mutation = useCreateImport();

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
  /** A new file starts over: the last report spoke of the old one. */
  const chooseFile = (next: File | null) => {
    setFile(next);
    setPhase({ step: 'idle' });
  };
  const reset = () => {
    chooseFile(null);
    if (fileInput.current) fileInput.current.value = '';
  };
  const download = () => {
    if (!file) return;
    setDownloadError(null);
    downloadPreview(file, updateTargets).catch(setDownloadError);
  };

  const failure = phase.step === 'failed' ? phase.error : undefined;
  return {
    file,
    fileInput,
    chooseFile,
    updateTargets,
    setUpdateTargets,
    phase,
    busy: phase.step === 'sending',
    /** The row-by-row report of a refused file, or null for other failures. */
    rejected: failure === undefined ? null : rejectedReport(failure),
    /** The database changed since the preview: the user must preview again. */
    stale: failure instanceof ApiRequestError && failure.code === 'PLAN_CHANGED',
    check: () => void send(true),
    confirm: (planHash: string | undefined) => void send(false, planHash),
    reset,
    download,
    downloadError,
  };
}

export type ImportFlow = ReturnType<typeof useImportFlow>;
