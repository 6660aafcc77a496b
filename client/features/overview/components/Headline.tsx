/** The round's headline figures: provinces assessed, assessed items, indicators, and items per status. */
import { memo } from 'react';
import { statuses } from '../../../../shared/classification/types';
import { useI18n } from '../../../app/i18n';
import { Swatch } from '../../../components/map/MapLegend';
import type { RoundSummary } from '../api/get-round-summary';

export const Headline = memo(function Headline({ totals }: { totals: RoundSummary['totals'] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const pct = (n: number) => (totals.items ? i18n.num((n / totals.items) * 100, 1) : i18n.num(0));
  return (
    <section aria-labelledby="headline-title" className="headline">
      <h2 id="headline-title" className="visually-hidden">
        {t.overview.headline}
      </h2>
      <dl className="figures">
        <div className="figure">
          <dt>{t.overview.provinces}</dt>
          <dd>
            <strong>{i18n.num(totals.provinces)}</strong> {t.overview.provincesUnit}
          </dd>
        </div>
        <div className="figure">
          <dt>{t.overview.items}</dt>
          <dd>
            <strong>{i18n.num(totals.items)}</strong> {t.overview.itemsUnit}
            <small>{t.overview.itemsHint}</small>
          </dd>
        </div>
        <div className="figure">
          <dt>{t.overview.indicators}</dt>
          <dd>
            <strong>{i18n.num(totals.indicators)}</strong> {t.overview.indicatorsUnit}
          </dd>
        </div>
        {statuses.map((s) => (
          <div className="figure figure-status" key={s} data-status={s}>
            <dt>
              <Swatch category={s === 'metMin' ? 'std' : s} size={14} /> {i18n.status(s)}
            </dt>
            <dd>
              <strong>{i18n.num(totals.counts[s])}</strong> {t.overview.itemsUnit}
              <small>{t.overview.ofItems(pct(totals.counts[s]))}</small>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
});
