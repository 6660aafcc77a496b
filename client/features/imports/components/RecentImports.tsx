/** Import batches, newest first, with Buddhist Era dates. */
import { useI18n } from '../../../app/i18n';
import { QueryStatus } from '../../../components/QueryState';
import { useImports } from '../api/get-imports';

export function RecentImports() {
  const i18n = useI18n();
  const { t } = i18n;
  const batches = useImports();
  if (!batches.data) return <QueryStatus query={batches} />;
  if (batches.data.batches.length === 0) return <p className="state state-empty">{t.imports.recentEmpty}</p>;
  return (
    <div className="table-scroll">
      <table className="recent-imports">
        <caption>{t.imports.recent}</caption>
        <thead>
          <tr>
            <th scope="col">{t.imports.when}</th>
            <th scope="col">{t.imports.fileName}</th>
            <th scope="col" className="num">
              {t.imports.rowsTotal}
            </th>
            <th scope="col" className="num">
              {t.imports.rowsNew}
            </th>
            <th scope="col" className="num">
              {t.imports.rowsChanged}
            </th>
            <th scope="col">{t.imports.by}</th>
            <th scope="col">{t.imports.source}</th>
          </tr>
        </thead>
        <tbody>
          {batches.data.batches.slice(0, 20).map((b) => (
            <tr key={b.id}>
              <td className="nowrap">{i18n.date(b.createdAt)}</td>
              <td>{b.fileName}</td>
              <td className="num">{i18n.num(b.rowsTotal)}</td>
              <td className="num">{i18n.num(b.rowsNew)}</td>
              <td className="num">{i18n.num(b.rowsChanged)}</td>
              <td>{b.importedBy}</td>
              <td>{t.importPreview.sources[b.source as keyof typeof t.importPreview.sources] ?? b.source}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
