/** A dry-run or import report: each problem beside its row and column, or the counts of what would change. */
import { useI18n } from '../../../app/i18n';
import type { ImportReport } from '../api/create-import';
import { TableHead } from '../../../components/TableHead';

type Issue = ImportReport['errors'][number];

export function IssuesTable({ issues, caption }: { issues: Issue[]; caption: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const sorted = [...issues].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return (
    <div className="table-scroll">
      <table className="issues">
        <caption>{caption}</caption>
        <TableHead columns={[t.imports.row, t.imports.column, t.imports.value, t.imports.problem]} />
        <tbody>
          {sorted.map((e, n) => (
            <tr key={n} data-row={e.row ?? ''} data-column={e.column ?? ''}>
              <th scope="row" className="num">
                {e.row === null ? t.imports.fileLevel : i18n.num(e.row)}
              </th>
              <td>{e.header ?? e.column ?? t.imports.rowLevel}</td>
              <td>{e.value === null ? '' : <code>{e.value}</code>}</td>
              <td>
                {i18n.lang === 'th' ? e.th : e.en}
                {/* The misspelt-province message already names its best guesses: list suggestions only when it does not. */}
                {e.suggestions && e.suggestions.length > 0 && !e.suggestions.some((x) => (i18n.lang === 'th' ? e.th : e.en).includes(x.replace(/ \(.*$/, ''))) && (
                  <span className="suggestions">
                    {' '}
                    ({t.imports.suggestions}: {e.suggestions.join(', ')})
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ReportCounts({ report }: { report: ImportReport }) {
  const i18n = useI18n();
  const { t } = i18n;
  const figures: [string, number][] = [
    [t.imports.rowsTotal, report.rows.total],
    [t.imports.rowsNew, report.rows.new],
    [t.imports.rowsChanged, report.rows.changed],
    [t.imports.rowsUnchanged, report.rows.unchanged],
    [t.imports.targetsNew, report.targets.new],
    [t.imports.targetsChanged, report.targets.changed],
  ];
  return (
    <dl className="figures report-counts">
      {figures.map(([label, n]) => (
        <div className="figure" key={label}>
          <dt>{label}</dt>
          <dd>
            <strong>{i18n.num(n)}</strong>
          </dd>
        </div>
      ))}
      <div className="figure">
        <dt>{t.imports.rounds}</dt>
        <dd>{report.rounds.map((r) => t.round.short(i18n.digitsOf(r.year), i18n.digitsOf(r.round))).join(', ') || '–'}</dd>
      </div>
      <div className="figure">
        <dt>{t.imports.format}</dt>
        <dd>{[report.format, report.encoding, report.sheet].filter(Boolean).join(' · ')}</dd>
      </div>
    </dl>
  );
}
