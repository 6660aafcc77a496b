/** Every assigned indicator and component of the province: result, targets as a bullet chart, status, level, score. */
import { useI18n } from '../../../app/i18n';
import { BulletChart } from '../../../components/charts/BulletChart';
import { resultText, statusText, targetsText } from '../../../components/map/map-view';
import { StatusBadge } from '../../../components/StatusBadge';
import { TableDownload } from '../../../components/TableDownload';
import { Link } from '../../../lib/router';
import { paths } from '../../../lib/paths';
import type { OutlookItem } from '../../../api/get-outlook';
import type { ProvinceItem } from '../api/get-round-province';
import { itemKey } from './history-data';
import { PhraseText } from '../../../components/PhraseText';
import { TableHead } from '../../../components/TableHead';
import { valueCell } from '../../../lib/table-export';

export function ProvinceItemsTable({ items, year, round, selected, onSelect, iso, outlook = null }: { items: ProvinceItem[]; year: number; round: number; selected: string | null; onSelect(key: string): void; iso?: string; outlook?: ReadonlyMap<string, OutlookItem> | null }) {
  const i18n = useI18n();
  const { t } = i18n;
  const o = t.warning.outlook;
  const risk = (r: OutlookItem['risk']) => t.warning.watch.risks[r] ?? r;
  const explain = (x: OutlookItem) => (i18n.lang === 'th' ? x.explanationTh : x.explanationEn);
  const bandText = (x: OutlookItem) => (x.band ? `${i18n.value(x.band.low, x)} – ${i18n.value(x.band.high, x)}` : '');
  // The file has the screen's columns but the bullet chart (a picture) and the history button.
  const exportTable = () => ({
    name: `${t.province.tableTitle}-${iso ?? ''}-${year}-${round}`,
    columns: [
      t.province.indicator,
      t.province.result,
      t.targets.min,
      t.targets.std,
      t.targets.adv,
      t.province.status,
      t.province.level,
      t.province.score,
      ...(outlook ? [o.risk, o.projected, `${o.band} (${o.projected})`, o.explanation] : []),
    ],
    rows: items.map((it) => {
      const x = outlook?.get(itemKey(it.indicatorCode, it.component));
      return [
      `${it.indicatorCode} ${i18n.name(it)}${it.component ? ` — ${it.component}` : ''}`,
      it.result.kind === 'value' ? valueCell(it.result.value, it) : resultText(it.result, { unit: '', kind: it.kind, decimals: it.decimals }, i18n),
      valueCell(it.targets.min, it),
      valueCell(it.targets.std, it),
      valueCell(it.targets.adv, it),
      i18n.status(it.status),
      it.level ? i18n.level(it.level) : null,
      it.score === null ? null : Math.round(it.score * 10) / 10,
      ...(outlook ? [x ? risk(x.risk) : null, x && x.projected !== null ? valueCell(x.projected, x) : null, x ? bandText(x) || null : null, x ? explain(x) : null] : []),
      ];
    }),
  });
  return (
    <>
    <TableDownload table={exportTable} />
    <div className="table-scroll">
      <table className="province-table stack-on-phone">
        <caption>{t.province.tableTitle}</caption>
        <TableHead columns={[t.province.indicator, t.province.result, { label: t.province.chart, className: 'bullet-col' }, t.targets.min, t.targets.std, t.targets.adv, t.province.status, t.province.level, t.province.score, !!outlook && o.title, t.province.history]} />
        <tbody>
          {items.map((it) => {
            const view = { unit: i18n.lang === 'th' ? it.unitTh : it.unitEn, kind: it.kind, decimals: it.decimals };
            const key = itemKey(it.indicatorCode, it.component);
            const name = `${i18n.name(it)}${it.component ? ` — ${it.component}` : ''}`;
            const value = it.result.kind === 'value' ? it.result.value : null;
            const x = outlook?.get(key);
            const projection = x && x.projected !== null ? { value: x.projected, low: x.band?.low ?? null, high: x.band?.high ?? null } : null;
            return (
              <tr key={key} data-item={key} aria-current={selected === key ? 'true' : undefined}>
                <th scope="row">
                  <Link to={paths.indicator(year, round, it.indicatorCode)}>{it.indicatorCode}</Link> {i18n.name(it)}
                  {it.component && <span className="component"> — {it.component}</span>}
                  {it.example && <em className="example-tag" title={t.overview.exampleHint}> ({t.overview.example})</em>}
                </th>
                <td className="num nowrap stack-wide" data-label={t.province.result}>
                  {resultText(it.result, view, i18n)}
                </td>
                <td className="bullet-col" data-label={t.province.chart}>
                  <BulletChart
                    targets={it.targets}
                    direction={it.direction}
                    value={value}
                    projection={projection}
                    label={`${name}: ${resultText(it.result, view, i18n)}; ${targetsText(it.targets, it, i18n)}; ${statusText(it, i18n)}${
                      x && x.projected !== null ? `; ${o.projected} ${i18n.value(x.projected, x)} (${risk(x.risk)})` : ''
                    }`}
                  />
                </td>
                <td className="num" data-label={t.targets.min}>{i18n.value(it.targets.min, it)}</td>
                <td className="num" data-label={t.targets.std}>{i18n.value(it.targets.std, it)}</td>
                <td className="num" data-label={t.targets.adv}>{i18n.value(it.targets.adv, it)}</td>
                <td className="stack-wide" data-label={t.province.status}>
                  <StatusBadge status={it.status} level={it.level} />
                </td>
                <td className="stack-two" data-label={t.province.level}>{it.level ? <PhraseText text={i18n.level(it.level)} /> : '–'}</td>
                <td className="num" data-label={t.province.score}>
                  {it.score === null ? '–' : i18n.num(it.score, 1)}
                </td>
                {outlook && (
                  <td className="outlook-cell stack-full" data-label={o.title} data-risk={x?.risk}>
                    {x ? (
                      <>
                        <span className="risk">{risk(x.risk)}</span>
                        {x.projected !== null && (
                          <>
                            {' · '}
                            {o.projected} <strong>{i18n.value(x.projected, x)}</strong>
                            {x.band && ` (${o.band} ${bandText(x)})`}
                          </>
                        )}
                        {explain(x) && <p>{explain(x)}</p>}
                        {x.band?.source === 'widened' && <p>{o.widened}</p>}
                      </>
                    ) : (
                      o.none
                    )}
                  </td>
                )}
                <td className="stack-full">
                  <button type="button" className="link-button" aria-pressed={selected === key} onClick={() => onSelect(key)}>
                    {t.province.history}
                    <span className="visually-hidden"> {name}</span>
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
    </>
  );
}
