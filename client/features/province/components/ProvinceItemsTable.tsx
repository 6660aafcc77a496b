/** Every assigned indicator and component of the province: result, targets as a bullet chart, status, level, score. */
import { useI18n } from '../../../app/i18n';
import { BulletChart } from '../../../components/charts/BulletChart';
import { resultText, statusText, targetsText } from '../../../components/map/map-view';
import { StatusBadge } from '../../../components/StatusBadge';
import { Link } from '../../../lib/router';
import { paths } from '../../../lib/paths';
import type { ProvinceItem } from '../api/get-round-province';
import { itemKey } from './history-data';
import { PhraseText } from '../../../components/PhraseText';

export function ProvinceItemsTable({ items, year, round, selected, onSelect }: { items: ProvinceItem[]; year: number; round: number; selected: string | null; onSelect(key: string): void }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <div className="table-scroll">
      <table className="province-table stack-on-phone">
        <caption>{t.province.tableTitle}</caption>
        <thead>
          <tr>
            <th scope="col">{t.province.indicator}</th>
            <th scope="col">{t.province.result}</th>
            <th scope="col" className="bullet-col">
              {t.province.chart}
            </th>
            <th scope="col">{t.targets.min}</th>
            <th scope="col">{t.targets.std}</th>
            <th scope="col">{t.targets.adv}</th>
            <th scope="col">{t.province.status}</th>
            <th scope="col">{t.province.level}</th>
            <th scope="col">{t.province.score}</th>
            <th scope="col">{t.province.history}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((it) => {
            const unit = i18n.lang === 'th' ? it.unitTh : it.unitEn;
            const key = itemKey(it.indicatorCode, it.component);
            const name = `${i18n.name(it)}${it.component ? ` — ${it.component}` : ''}`;
            const value = it.result.kind === 'value' ? it.result.value : null;
            return (
              <tr key={key} data-item={key} aria-current={selected === key ? 'true' : undefined}>
                <th scope="row">
                  <Link to={paths.indicator(year, round, it.indicatorCode)}>{it.indicatorCode}</Link> {i18n.name(it)}
                  {it.component && <span className="component"> — {it.component}</span>}
                  {it.example && <em className="example-tag" title={t.overview.exampleHint}> ({t.overview.example})</em>}
                </th>
                <td className="num nowrap stack-wide" data-label={t.province.result}>
                  {resultText(it.result, unit, i18n, it.kind)}
                </td>
                <td className="bullet-col" data-label={t.province.chart}>
                  <BulletChart
                    targets={it.targets}
                    direction={it.direction}
                    value={value}
                    label={`${name}: ${resultText(it.result, unit, i18n, it.kind)}; ${targetsText(it.targets, i18n)}; ${statusText(it, i18n)}`}
                  />
                </td>
                <td className="num" data-label={t.targets.min}>{i18n.num(it.targets.min)}</td>
                <td className="num" data-label={t.targets.std}>{i18n.num(it.targets.std)}</td>
                <td className="num" data-label={t.targets.adv}>{i18n.num(it.targets.adv)}</td>
                <td className="stack-wide" data-label={t.province.status}>
                  <StatusBadge status={it.status} level={it.level} />
                </td>
                <td className="stack-two" data-label={t.province.level}>{it.level ? <PhraseText text={i18n.level(it.level)} /> : '–'}</td>
                <td className="num" data-label={t.province.score}>
                  {it.score === null ? '–' : i18n.num(it.score, 1)}
                </td>
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
  );
}
