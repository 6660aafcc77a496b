/**
 * Uploads a file to POST /api/imports. XMLHttpRequest rather than fetch, because fetch reports no
 * upload progress; the response still goes through the one `unwrap`, so errors arrive as ApiRequestError
 * (a rejected file's report is in `error.details`).
 */
import { mutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { InferResponseType } from 'hono/client';
import { api, ApiRequestError, csrfHeaders, unwrapAs } from '../../../lib/api';

export type ImportReport = InferResponseType<typeof api.api.imports.$post, 200>;

export interface CreateImportInput {
  file: File;
  dryRun: boolean;
  updateTargets: boolean;
  /** The dry run's plan hash: the confirm then imports exactly what was previewed (409 PLAN_CHANGED otherwise). */
  planHash?: string;
  /** Upload progress 0–1; called with 1 when the bytes are sent and the server is working. */
  onProgress?(fraction: number): void;
}

export function createImport({ file, dryRun, updateTargets, planHash, onProgress }: CreateImportInput): Promise<ImportReport> {
  const url = api.api.imports.$path({ query: { dryRun: dryRun ? 'true' : 'false', updateTargets: updateTargets ? 'true' : 'false', ...(planHash ? { planHash } : {}) } });
  const form = new FormData();
  form.append('file', file);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    for (const [name, value] of Object.entries(csrfHeaders())) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress?.(e.loaded / e.total);
    xhr.upload.onload = () => onProgress?.(1);
    xhr.onerror = () => reject(new ApiRequestError(0, 'NETWORK', 'The upload failed: no answer from the server.', 'อัปโหลดไม่สำเร็จ: ไม่ได้รับคำตอบจากเซิร์ฟเวอร์ กรุณาตรวจสอบการเชื่อมต่อแล้วลองใหม่'));
    xhr.onload = () => {
      const res = new Response(xhr.responseText, { status: xhr.status, headers: { 'content-type': xhr.getResponseHeader('content-type') ?? 'application/json' } });
      unwrapAs<ImportReport>(res).then(resolve, reject);
    };
    xhr.send(form);
  });
}

/** The error codes whose `details` is the import report (see server/routes/imports/imports.handlers.ts). */
const reportCodes = new Set(['IMPORT_REJECTED', 'NOT_A_SPREADSHEET', 'LEGACY_XLS', 'XLSX_UNREADABLE']);

/** The report of a rejected import, or null for any other failure (network, size limit, server error). */
export function rejectedReport(error: unknown): ImportReport | null {
  if (!(error instanceof ApiRequestError) || !reportCodes.has(error.code) || error.details === undefined) return null;
  return error.details as ImportReport;
}

export const createImportMutationOptions = () => mutationOptions({ mutationKey: ['imports', 'create'], mutationFn: createImport });

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
