/** "Download .xlsx / CSV" for a table on screen; the file is built from the same rows only when asked. */
import { useState } from 'react';
import { useI18n } from '../app/i18n';
import { csvBytes, csvType, saveFile, xlsxBytes, xlsxType, type ExportTable } from '../lib/table-export';

/** File names keep Thai letters, digits, dots and dashes; anything else becomes a dash. */
const safeName = (name: string) => name.replace(/[^\p{L}\p{M}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '') || 'table';

export function TableDownload({ table, label }: { table: () => ExportTable; label?: string }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const xlsx = async () => {
    setBusy(true);
    setFailed(false);
    try {
      const data = table();
      saveFile(await xlsxBytes(data), `${safeName(data.name)}.xlsx`, xlsxType);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  const csv = () => {
    const data = table();
    saveFile(csvBytes(data), `${safeName(data.name)}.csv`, csvType);
  };
  return (
    <div className="table-download" role="group" aria-label={label ?? t.warning.download.group}>
      <span aria-hidden="true">{t.warning.download.group}:</span>
      <button type="button" className="link-button" data-download="xlsx" onClick={() => void xlsx()} disabled={busy}>
        {busy ? t.warning.download.preparing : t.warning.download.xlsx}
      </button>
      <button type="button" className="link-button" data-download="csv" onClick={csv}>
        {t.warning.download.csv}
      </button>
      {failed && <span role="alert">{t.warning.download.failed}</span>}
    </div>
  );
}
