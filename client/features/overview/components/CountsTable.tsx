/** The status counts per indicator as a table: the text form of the stacked bars. */
import { memo } from 'react';
import { statuses } from '../../../../shared/classification/types';
import { useI18n } from '../../../app/i18n';
import { Link } from '../../../lib/router';
import { paths } from '../../../lib/paths';
import type { RoundSummary } from '../api/get-round-summary';
import { TableHead } from '../../../components/TableHead';

export const CountsTable = memo(function CountsTable({ summary }: { summary: RoundSummary }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { year, round } = summary.round;
  return (
    <div className="table-scroll">
      <table className="counts-table">
        <caption>{t.overview.countsTable}</caption>
        <TableHead columns={[t.overview.indicator, t.overview.group, ...statuses.map((s) => ({ label: i18n.status(s), key: s })), t.overview.total]} />
        <tbody>
          {summary.indicators.map((i) => (
            <tr key={i.code}>
              <th scope="row">
                <Link to={paths.indicator(year, round, i.code)}>
                  {i.code} {i18n.name(i)}
                </Link>
                {i.example && <em className="example-tag" title={t.overview.exampleHint}> ({t.overview.example})</em>}
              </th>
              <td>{i18n.group(i.group)}</td>
              {statuses.map((s) => (
                <td className="num" key={s}>
                  {i.counts[s] ? i18n.num(i.counts[s]) : '-'}
                </td>
              ))}
              <td className="num">{i18n.num(i.items)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});
