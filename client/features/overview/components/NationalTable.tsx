/**
 * The seed's national table, derived from data: for each indicator with provinces below the minimum
 * target, the provinces (and components) and their count.
 */
import { memo } from 'react';
import { useI18n } from '../../../app/i18n';
import { TableDownload } from '../../../components/TableDownload';
import { Link } from '../../../lib/router';
import { paths } from '../../../lib/paths';
import type { RoundSummary } from '../api/get-round-summary';
import { TableHead } from '../../../components/TableHead';

export const NationalTable = memo(function NationalTable({ summary }: { summary: RoundSummary }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { year, round } = summary.round;
  const failing = summary.indicators.filter((i) => i.belowMin.length > 0);
  // The file has the screen's three columns, one row per indicator, the provinces as one text cell.
  const exportTable = () => ({
    name: `${t.overview.nationalTitle(String(failing.length))}-${year}-${round}`,
    columns: [t.overview.indicator, t.overview.nationalProvinces, t.overview.nationalCount],
    rows: failing.map((ind, n) => {
      const names = new Map<string, string[]>();
      for (const b of ind.belowMin) names.set(i18n.name(b), [...(names.get(i18n.name(b)) ?? []), ...(b.component ? [b.component] : [])]);
      const provinces = [...names].map(([name, comps]) => (comps.length ? `${name} (${comps.join(', ')})` : name)).join(', ');
      return [`${n + 1}. ${i18n.name(ind)}`, provinces, ind.belowMinProvinces];
    }),
  });
  const title = <h2 id="national-title">{t.overview.nationalTitle(i18n.num(failing.length))}</h2>;
  if (failing.length === 0)
    return (
      <>
        {title}
        <p className="state state-empty">{t.overview.nationalNone}</p>
      </>
    );
  return (
    <>
      {title}
      <TableDownload table={exportTable} />
      <div className="table-scroll">
      <table className="national stack-on-phone" aria-labelledby="national-title">
        <TableHead columns={[t.overview.indicator, t.overview.nationalProvinces, t.overview.nationalCount]} />
        <tbody>
          {failing.map((ind, n) => {
            const byProvince = new Map<string, { iso: string; name: string; components: string[] }>();
            for (const b of ind.belowMin) {
              const entry = byProvince.get(b.iso) ?? { iso: b.iso, name: i18n.name(b), components: [] };
              if (b.component) entry.components.push(b.component);
              byProvince.set(b.iso, entry);
            }
            return (
              <tr key={ind.code}>
                <td className="stack-wide">
                  {i18n.digitsOf(n + 1)}. <Link to={paths.indicator(year, round, ind.code)}>{i18n.name(ind)}</Link>
                  {ind.example && <em className="example-tag" title={t.overview.exampleHint}> ({t.overview.example})</em>}
                </td>
                <td className="stack-wide" data-label={t.overview.nationalProvinces}>
                  <ul className="inline-list">
                    {[...byProvince.values()].map((p) => (
                      <li key={p.iso}>
                        <Link to={paths.province(year, round, p.iso)}>{p.name}</Link>
                        {p.components.length > 0 && ` (${p.components.join(', ')})`}
                      </li>
                    ))}
                  </ul>
                </td>
                <td className="num nowrap stack-wide" data-label={t.overview.nationalCount}>
                  {t.overview.provincesCount(i18n.num(ind.belowMinProvinces))}
                  {ind.hasComponents && (
                    <>
                      <br />
                      {t.overview.componentsCount(i18n.num(ind.belowMin.length), (i18n.lang === 'th' && ind.componentLabelTh) || t.overview.componentsWord)}
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      </div>
    </>
  );
});
