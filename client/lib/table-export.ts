/**
 * A table on screen as a download: the file is built by shared/table-file.ts (the audit export on the
 * server builds its files the same way); this adds what only a browser does.
 */
export { csvBytes, escapeCell, toCsv, valueCell, xlsxBytes, type ExportCell, type ExportTable } from '../../shared/table-file';

/** Hands bytes to the browser as a download. */
export function saveFile(bytes: Uint8Array, fileName: string, type: string) {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers start reading the URL only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const csvType = 'text/csv;charset=utf-8';
