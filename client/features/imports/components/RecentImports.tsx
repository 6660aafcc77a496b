/** Import batches, newest first, with Buddhist Era dates. */
import { useI18n } from '../../../app/i18n';
import { QueryStatus } from '../../../components/QueryState';
import { useImports } from '../api/get-imports';
import { TableHead } from '../../../components/TableHead';

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
        <TableHead columns={[t.imports.when, t.imports.fileName, { label: t.imports.rowsTotal, className: 'num' }, { label: t.imports.rowsNew, className: 'num' }, { label: t.imports.rowsChanged, className: 'num' }, t.imports.by, t.imports.source]} />
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
