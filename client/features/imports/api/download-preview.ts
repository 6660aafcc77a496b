/**
 * Downloads the dry run's preview as .xlsx: the same file is sent to POST /api/imports/preview.xlsx
 * (nothing is written) and the answer is saved through a temporary link.
 */
import { api, csrfHeaders, unwrapAs } from '../../../lib/api';

export async function downloadPreview(file: File, updateTargets: boolean): Promise<void> {
  const form = new FormData();
  form.append('file', file);
  const url = api.api.imports['preview.xlsx'].$path({ query: { updateTargets: updateTargets ? 'true' : 'false' } });
  const res = await fetch(url, { method: 'POST', body: form, headers: csrfHeaders() });
  if (!res.ok) await unwrapAs<never>(res); // throws the one ApiRequestError
  const blob = await res.blob();
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'preview.xlsx';
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
