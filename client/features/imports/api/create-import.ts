/**
 * Uploads a file to POST /api/imports?async=true, then follows the import job until the server has
 * read, validated and written it. XMLHttpRequest rather than fetch, because fetch reports no upload
 * progress; the response still goes through the one `unwrap`, so errors arrive as ApiRequestError
 * (a rejected file's report is in `error.details`, as the synchronous API gives it).
 */
import { mutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { InferResponseType } from 'hono/client';
import { fileRefusal, fileRefusalStatus } from '../../../../shared/contracts/import-report';
import { api, ApiRequestError, csrfHeaders, unwrapAs } from '../../../lib/api';
import { getImportJob, type ImportJob } from './get-import-job';
import { importKeys } from './keys';

export type ImportReport = InferResponseType<typeof api.api.imports.$post, 200>;

export interface CreateImportInput {
  file: File;
  dryRun: boolean;
  updateTargets: boolean;
  /** The dry run's plan hash: the confirm then imports exactly what was previewed (409 PLAN_CHANGED otherwise). */
  planHash?: string;
  /** Upload progress 0–1; called with 1 when the bytes are sent and the server is working. */
  onProgress?(fraction: number): void;
  /** The server's progress once the file is sent: queued, rows read, validated, written. */
  onServerProgress?(job: ImportJob): void;
}

const POLL_MS = 300;

/** Polls the job until it ends; a rejected report becomes the same ApiRequestError the synchronous call gives. */
async function followJob(job: ImportJob, onServerProgress?: (job: ImportJob) => void): Promise<ImportReport> {
  for (;;) {
    onServerProgress?.(job);
    if (job.state === 'failed') {
      const e = job.error!;
      throw new ApiRequestError(e.code === 'DATABASE_BUSY' ? 503 : 500, e.code, e.message, e.messageTh);
    }
    if (job.state === 'done') {
      const report = job.report!;
      if (report.ok) return report;
      const stale = report.errors.find((e) => e.code === 'PLAN_CHANGED');
      if (stale) throw new ApiRequestError(409, stale.code, stale.en, stale.th, report);
      // The status the synchronous API gives the same report (415 not a spreadsheet, 413 too large).
      const file = fileRefusal(report);
      if (file) throw new ApiRequestError(file.status, file.issue.code, file.issue.en, file.issue.th, report);
      // Messages in both languages, as the server's error envelope carries them (not dictionary words): ErrorState picks one.
      throw new ApiRequestError(422, 'IMPORT_REJECTED', `${report.errorsTotal} problem(s); nothing was imported.`, `พบปัญหา ${report.errorsTotal} รายการ ยังไม่ได้นำเข้าข้อมูลใด ๆ`, report);
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
    job = await getImportJob(job.id);
  }
}

export async function createImport({ file, dryRun, updateTargets, planHash, onProgress, onServerProgress }: CreateImportInput): Promise<ImportReport> {
  const url = api.api.imports.$path({ query: { dryRun: dryRun ? 'true' : 'false', updateTargets: updateTargets ? 'true' : 'false', async: 'true', ...(planHash ? { planHash } : {}) } });
  const form = new FormData();
  form.append('file', file);
  const job = await new Promise<ImportJob>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    for (const [name, value] of Object.entries(csrfHeaders())) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress?.(e.loaded / e.total);
    xhr.upload.onload = () => onProgress?.(1);
    xhr.onerror = () => reject(new ApiRequestError(0, 'NETWORK', 'The upload failed: no answer from the server.', 'อัปโหลดไม่สำเร็จ: ไม่ได้รับคำตอบจากเซิร์ฟเวอร์ กรุณาตรวจสอบการเชื่อมต่อแล้วลองใหม่'));
    xhr.onload = () => {
      const res = new Response(xhr.responseText, { status: xhr.status, headers: { 'content-type': xhr.getResponseHeader('content-type') ?? 'application/json' } });
      unwrapAs<ImportJob>(res).then(resolve, reject);
    };
    xhr.send(form);
  });
  return followJob(job, onServerProgress);
}

/** A refusal whose `details` is the import report worth showing row by row: the rows' problems, or not a spreadsheet. */
const showsReport = (code: string) => code === 'IMPORT_REJECTED' || (fileRefusalStatus as Record<string, number>)[code] === 415;

/** The report of a rejected import, or null for any other failure (network, size limit, server error). */
export function rejectedReport(error: unknown): ImportReport | null {
  if (!(error instanceof ApiRequestError) || !showsReport(error.code) || error.details === undefined) return null;
  return error.details as ImportReport;
}

export const createImportMutationOptions = () => mutationOptions({ mutationKey: importKeys.create(), mutationFn: createImport });

/** After a real import every round view may have changed, so everything cached is refetched. */
export function useCreateImport() {
  const queryClient = useQueryClient();
  return useMutation({
    ...createImportMutationOptions(),
    onSuccess: (report) => {
      if (!report.dryRun) void queryClient.invalidateQueries();
    },
  });
}
