/**
 * The overview's map: coloured by one indicator's levels, or with none chosen by the share of each
 * province's items below minimum. Every item of the round is loaded once, so a switch only re-colours.
 */
import { useMemo } from 'react';
import { useI18n } from '../../../app/i18n';
import { categoriseByIndicator, categoriseByShare } from '../../../components/map/categories';
import { MapPanel } from '../../../components/map/MapPanel';
import { indicatorMapView, shareMapView } from '../../../components/map/map-view';
import { Link, useSearchParams } from '../../../lib/router';
import { paths } from '../../../lib/paths';
import { markSwitchStart } from '../../../lib/perf';
import { indicatorGroups } from '../../../../shared/reference';
import type { Indicator } from '../api/get-indicators';
import type { RoundItem } from '../api/get-round-items';

export interface OverviewMapProps {
  year: number;
  round: number;
  items: RoundItem[];
  indicators: Indicator[];
  provinces: { iso: string; inMeasure: boolean }[];
  attribution: string;
}

export function OverviewMap({ year, round, items, indicators, provinces, attribution }: OverviewMapProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const [search, setSearch] = useSearchParams();
  const asked = search.get('indicator')?.toUpperCase() ?? null;
  const indicator = indicators.find((i) => i.code === asked) ?? null;

  const entries = useMemo(() => {
    if (!indicator) return shareMapView(categoriseByShare(items, provinces), i18n);
    const unit = i18n.lang === 'th' ? indicator.unitTh : indicator.unitEn;
    return indicatorMapView(categoriseByIndicator(items.filter((it) => it.indicatorCode === indicator.code), provinces), unit, i18n, indicator.kind);
  }, [items, provinces, indicator, i18n]);

  const what = indicator ? `${indicator.code} ${i18n.name(indicator)}` : t.overview.overall;
  return (
    <section aria-labelledby="map-title" className="card">
      <h2 id="map-title">{t.overview.mapTitle}</h2>
      <div className="map-controls">
        <label>
          <span>{t.overview.indicatorPicker}</span>
          <select
            id="indicator-picker"
            value={indicator?.code ?? ''}
            onChange={(e) => {
              markSwitchStart();
              setSearch({ indicator: e.target.value || null });
            }}
          >
            <option value="">{t.overview.overall}</option>
            {indicatorGroups.map((g) => (
              <optgroup key={g} label={i18n.group(g)}>
                {indicators
                  .filter((i) => i.group === g)
                  .map((i) => (
                    <option key={i.code} value={i.code}>
                      {i.code} {i18n.name(i)}
                      {i.example ? ` (${t.overview.example})` : ''}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </label>
        {indicator && <Link to={paths.indicator(year, round, indicator.code)}>{t.overview.openIndicator}</Link>}
      </div>
      <MapPanel
        scheme={indicator ? 'level' : 'share'}
        entries={entries}
        label={t.map.label(what)}
        colourKey={indicator?.code ?? 'overall'}
        year={year}
        round={round}
        attribution={attribution}
      />
    </section>
  );
}
