/**
 * The round's headline figures: provinces, items, indicators, then red / amber / green / not reported /
 * pending apart, each with its change against the chosen comparison round (▲▼ and a number).
 */
import { memo } from 'react';
import { useI18n } from '../../../app/i18n';
import { Swatch } from '../../../components/map/MapLegend';
import type { MapCategory } from '../../../components/map/categories';
import type { RoundSummary } from '../api/get-round-summary';
import { changeOf, comparisons, headlineCounts, headlineKinds, type Comparison, type HeadlineKind } from './headline-data';

const swatchOf: Record<HeadlineKind, MapCategory> = { red: 'belowMin', amber: 'min', green: 'std', notReported: 'notReported', pending: 'pending' };

export interface HeadlineProps {
  totals: RoundSummary['totals'];
  /** The comparison round's totals; null when that round has no results (or is still loading: undefined). */
  before: RoundSummary['totals'] | null | undefined;
  against: Comparison;
  onAgainst(c: Comparison): void;
}

export const Headline = memo(function Headline({ totals, before, against, onAgainst }: HeadlineProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const w = t.warning.headline;
  const pct = (n: number) => (totals.items ? i18n.num((n / totals.items) * 100, 1) : i18n.num(0));
  const now = headlineCounts(totals);
  const then = before ? headlineCounts(before) : null;
  const what = against === 'previous-round' ? w.previousRound : w.previousYear;
  const label = (k: HeadlineKind) => (k === 'notReported' || k === 'pending' ? i18n.status(k) : w[k]);
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
      </dl>
      <div className="headline-compare">
        <label>
          <span>{w.against}</span>
          <select id="headline-against" value={against} onChange={(e) => onAgainst(e.target.value as Comparison)}>
            {comparisons.map((c) => (
              <option key={c} value={c}>
                {c === 'previous-round' ? w.previousRound : w.previousYear}
              </option>
            ))}
          </select>
        </label>
      </div>
      <dl className="figures figures-status">
        {headlineKinds.map((k) => {
          const change = then ? changeOf(k, now[k], then[k]) : null;
          return (
            <div className="figure figure-status" key={k} data-kind={k}>
              <dt>
                <Swatch category={swatchOf[k]} size={14} /> {label(k)}
              </dt>
              <dd>
                <strong>{i18n.num(now[k])}</strong> {t.overview.itemsUnit}
                <small>{t.overview.ofItems(pct(now[k]))}</small>
                {before !== undefined && (
                  <small className="change" data-change={change?.kind ?? 'none'} data-worse={change?.worse ? 'true' : undefined}>
                    {!change ? (
                      w.noComparison(what)
                    ) : change.kind === 'same' ? (
                      <>= {w.same(what)}</>
                    ) : (
                      <>
                        <span aria-hidden="true">{change.kind === 'up' ? '▲' : '▼'} </span>
                        {(change.kind === 'up' ? w.up : w.down)(i18n.num(change.by), what)}
                      </>
                    )}
                  </small>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
});
