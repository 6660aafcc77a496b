/**
 * The round's items against the previous round or the same round last year (issue 11 §2): newly
 * below minimum, still below ("red-red"), recovered, level up or down. By default the items below
 * minimum now (newly or again); the comparison and the class are in the URL (`against`, `change`).
 */
import { useState } from 'react';
import { useI18n } from '../../../app/i18n';
import { useRoundChanges, type Comparison } from '../../../api/get-outlook';
import { QueryStatus } from '../../../components/QueryState';
import { TableDownload } from '../../../components/TableDownload';
import { Link, useSearchParams } from '../../../lib/router';
import { paths } from '../../../lib/paths';
import { TableHead } from '../../../components/TableHead';
import { valueCell } from '../../../lib/table-export';

const changeOrder = ['newly-below', 'still-below', 'level-down', 'recovered', 'level-up', 'unchanged', 'no-data'] as const;
/** The default: below minimum now, newly or again ("red-red") — what a reader scans for first. */
const warning = new Set<string>(['newly-below', 'still-below']);
/** Rows drawn before "show all": a year's comparison can change hundreds of items. The files hold them all. */
const firstRows = 100;

export function ChangesSection({ year, round }: { year: number; round: number }) {
  const i18n = useI18n();
  const { t } = i18n;
  const c = t.warning.changes;
  const [search, setSearch] = useSearchParams();
  const against: Comparison = search.get('against') === 'previous-year' ? 'previous-year' : 'previous-round';
  const only = (changeOrder as readonly string[]).includes(search.get('change') ?? '') ? search.get('change') : null;
  const data = useRoundChanges(year, round, against);
  const [showAll, setShowAll] = useState(false);
  const items = (data.data?.items ?? [])
    .filter((i) => (only ? i.change === only : warning.has(i.change)))
    .sort((a, b) => changeOrder.indexOf(a.change) - changeOrder.indexOf(b.change) || a.iso.localeCompare(b.iso) || a.code.localeCompare(b.code));
  const num = (v: number | null, digits = 2) => (v === null ? null : Math.round(v * 10 ** digits) / 10 ** digits);
  const indicatorOf = (i: (typeof items)[number]) => `${i.code}${i.component ? ` — ${i.component}` : ''}`;
  const exportTable = () => ({
    name: `${c.title}-${year}-${round}-${against}`,
    columns: [t.warning.watch.province, c.indicator, c.change, c.before, c.now, c.valueChange, c.minShare],
    rows: items.map((i) => {
      const value = (v: number | null) => (v === null ? null : valueCell(v, i));
      return [i18n.name(i), indicatorOf(i), c.classes[i.change] ?? i.change, value(i.before), value(i.now), value(i.valueChange), num(i.minShareChange, 1)];
    }),
  });
  const signed = (v: number | null, digits = 2) => (v === null ? '–' : `${v > 0 ? '+' : ''}${i18n.num(v, digits)}`);

  return (
    <section className="card" aria-labelledby="changes-title">
      <h2 id="changes-title">{c.title}</h2>
      <div className="filters">
        <label>
          <span>{c.against}</span>
          <select id="changes-against" value={against} onChange={(e) => setSearch({ against: e.target.value === 'previous-round' ? null : e.target.value })}>
            <option value="previous-round">{t.warning.headline.previousRound}</option>
            <option value="previous-year">{t.warning.headline.previousYear}</option>
          </select>
        </label>
        <label>
          <span>{c.change}</span>
          <select id="changes-class" value={only ?? ''} onChange={(e) => setSearch({ change: e.target.value || null })}>
            <option value="">{[...warning].map((k) => c.classes[k]).join(' / ')}</option>
            {changeOrder.map((k) => (
              <option key={k} value={k}>
                {c.classes[k]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {data.isError || !data.data ? (
        <QueryStatus query={data} />
      ) : !data.data.against ? (
        <p className="state state-empty">{c.noRound}</p>
      ) : (
        <>
          <p className="note">{c.showing(i18n.num(items.length))}</p>
          <TableDownload table={exportTable} />
          <div className="table-scroll">
            <table className="changes-table">
              <TableHead columns={[t.warning.watch.province, c.indicator, c.change, { label: c.before, className: 'num' }, { label: c.now, className: 'num' }, { label: c.valueChange, className: 'num' }, { label: c.minShare, className: 'num' }]} />
              <tbody>
                {(showAll ? items : items.slice(0, firstRows)).map((i) => (
                  <tr key={`${i.iso}-${i.code}-${i.component ?? ''}`} data-change={i.change}>
                    <th scope="row">
                      <Link to={paths.province(year, round, i.iso)}>{i18n.name(i)}</Link>
                    </th>
                    <td>
                      <Link to={paths.indicator(year, round, i.code)}>{indicatorOf(i)}</Link>
                    </td>
                    <td>{c.classes[i.change] ?? i.change}</td>
                    <td className="num">{i.before === null ? '–' : i18n.value(i.before, i)}</td>
                    <td className="num">{i.now === null ? '–' : i18n.value(i.now, i)}</td>
                    <td className="num">{i.valueChange === null ? '–' : i18n.signedValue(i.valueChange, i)}</td>
                    <td className="num">{signed(i.minShareChange, 1)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {!showAll && items.length > firstRows && (
            <button type="button" className="link-button" onClick={() => setShowAll(true)}>
              {c.showAll(i18n.num(items.length))}
            </button>
          )}
        </>
      )}
    </section>
  );
}
