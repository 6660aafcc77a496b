/**
 * The overview's map, in four views (`?map=`): this round's status (red / amber / green: one
 * indicator's levels, or over all indicators each province's count of items below minimum), the
 * year-end outlook (projected risk), the change against the same round last year, and the share of
 * items below minimum. Every item of the round is loaded once, so a switch only re-colours.
 */
import { useMemo } from 'react';
import { useI18n } from '../../../app/i18n';
import { categoriseByIndicator, categoriseByShare, type Scheme } from '../../../components/map/categories';
import { MapPanel } from '../../../components/map/MapPanel';
import { categoryLabel, indicatorMapView, shareMapView } from '../../../components/map/map-view';
import type { MapEntryView } from '../../../components/map/ProvinceMap';
import { categoriseByCount, categoriseByRisk, categoriseChange, countMapView, hideOthers, riskCategory, warningCategoryLabel, type RiskClass } from '../../../components/map/warning-view';
import { Link, useSearchParams } from '../../../lib/router';
import { paths } from '../../../lib/paths';
import { markSwitchStart } from '../../../lib/perf';
import { indicatorGroups } from '../../../../shared/indicator-groups';
import type { Indicator } from '../api/get-indicators';
import type { RoundItem } from '../api/get-round-items';
import { mapModeOf, mapModes, type MapMode } from './map-modes';

/** One item of the round's outlook, as the map needs it. */
export interface OutlookMapItem {
  iso: string;
  indicatorCode: string;
  component: string | null;
  risk: RiskClass;
  projected: number | null;
  /** The catalog's places for the projection. */
  decimals: number;
}

export interface OverviewMapProps {
  year: number;
  round: number;
  items: RoundItem[];
  indicators: Indicator[];
  provinces: { iso: string; inMeasure: boolean }[];
  attribution: string;
  /** A province user's own province: the others are "other provinces" on the map. */
  ownProvince?: string | null;
  /** The same round last year (undefined while loading, null when not stored). */
  lastYear?: RoundItem[] | null;
  /** The round's year-end outlook (undefined while loading, null when there is none). */
  outlook?: OutlookMapItem[] | null;
}

export function OverviewMap({ year, round, items, indicators, provinces, attribution, ownProvince = null, lastYear, outlook }: OverviewMapProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const m = t.warning.map;
  const [search, setSearch] = useSearchParams();
  const asked = search.get('indicator')?.toUpperCase() ?? null;
  const indicator = indicators.find((i) => i.code === asked) ?? null;
  const mode = mapModeOf(search.get('map'));

  const [scheme, entries, note] = useMemo((): [Scheme, ReadonlyMap<string, MapEntryView>, string | null] => {
    const mine = (list: readonly RoundItem[]) => (indicator ? list.filter((it) => it.indicatorCode === indicator.code) : list);
    if (mode === 'outlook') {
      if (!outlook) return ['risk', new Map(), outlook === null ? m.outlookUnavailable : null];
      const chosen = indicator ? outlook.filter((o) => o.indicatorCode === indicator.code) : outlook;
      if (indicator) {
        const view = new Map<string, MapEntryView>();
        for (const [iso, e] of categoriseByRisk(chosen, provinces)) {
          const lines = e.items.map((o) => `${o.component ? `${o.component}: ` : ''}${m.projected} ${o.projected === null ? '–' : i18n.value(o.projected, o)} — ${warningCategoryLabel(riskCategory[o.risk], i18n)}`);
          view.set(iso, { category: e.category, statusText: categoryLabel(e.category, i18n), lines });
        }
        return ['risk', view, null];
      }
      return ['count', countMapView(categoriseByCount(chosen, provinces, (o) => o.risk === 'likely-miss', (o) => o.risk !== 'no-data'), m.countTitleRisk, i18n), null];
    }
    if (mode === 'last-year') {
      if (lastYear === undefined) return ['change', new Map(), null];
      const view = new Map<string, MapEntryView>();
      for (const [iso, e] of categoriseChange(mine(items), mine(lastYear ?? []), provinces, indicator !== null)) {
        const said = (c: unknown) => (typeof c === 'string' ? categoryLabel(c as never, i18n) : '–');
        const lines =
          e.now === null ? [] : typeof e.now === 'number' ? [m.redNowThen(i18n.num(e.now), typeof e.then === 'number' ? i18n.num(e.then) : '–')] : [m.levelNowThen(said(e.now), said(e.then))];
        view.set(iso, { category: e.category, statusText: categoryLabel(e.category, i18n), lines });
      }
      return ['change', view, lastYear === null ? m.noCompare : null];
    }
    if (mode === 'share' && !indicator) return ['share', shareMapView(categoriseByShare(items, provinces), i18n), null];
    if (!indicator) return ['count', countMapView(categoriseByCount(items, provinces, (it) => it.status === 'belowMin', (it) => it.level !== null), m.countTitleRed, i18n), null];
    const unit = i18n.lang === 'th' ? indicator.unitTh : indicator.unitEn;
    return ['level', indicatorMapView(categoriseByIndicator(mine(items), provinces), { unit, kind: indicator.kind, decimals: indicator.decimals }, i18n), null];
  }, [items, provinces, indicator, i18n, mode, lastYear, outlook, m]);

  const what = indicator ? `${indicator.code} ${i18n.name(indicator)}` : t.overview.overall;
  const modeLabel: Record<MapMode, string> = { status: m.modeStatus, outlook: m.modeOutlook, 'last-year': m.modeLastYear, share: m.modeShare };
  // The status view keeps its old colour key (the indicator or "overall"); the other views prefix theirs.
  const colourKey = `${mode === 'status' ? '' : `${mode}:`}${indicator?.code ?? 'overall'}`;
  return (
    <section aria-labelledby="map-title" className="card">
      <h2 id="map-title">{t.overview.mapTitle}</h2>
      <div className="map-controls">
        <fieldset className="map-modes">
          <legend>{m.modes}</legend>
          {mapModes.map((mm) => (
            <label key={mm}>
              <input
                type="radio"
                name="map-mode"
                value={mm}
                checked={mode === mm}
                // The share is an overall view: with an indicator chosen it shows the indicator's levels.
                onChange={() => {
                  markSwitchStart();
                  setSearch({ map: mm === 'status' ? null : mm });
                }}
              />{' '}
              {modeLabel[mm]}
            </label>
          ))}
        </fieldset>
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
            <option value="">{mode === 'share' ? t.overview.overall : mode === 'outlook' ? m.countTitleRisk : m.countTitleRed}</option>
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
      {note && <p className="note">{note}</p>}
      <MapPanel
        scheme={scheme}
        entries={hideOthers(entries, ownProvince, i18n)}
        label={t.map.label(`${modeLabel[mode]}: ${what}`)}
        colourKey={colourKey}
        year={year}
        round={round}
        attribution={attribution}
      />
    </section>
  );
}

