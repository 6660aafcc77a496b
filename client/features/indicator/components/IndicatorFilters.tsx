/** Filters of the indicator page (region, province cluster, status); their values live in the URL. */
import { useI18n } from '../../../app/i18n';
import { levelScheme, type LevelCategory } from '../../../components/map/categories';
import { categoryLabel } from '../../../components/map/map-view';
import type { Filters } from './indicator-data';

/** The level scheme's categories a result can have (not "not assigned" or "outside"). */
export const filterCategories: LevelCategory[] = levelScheme.filter((c) => c !== 'notAssigned' && c !== 'outside');

export interface IndicatorFiltersProps {
  regions: string[];
  clusters: string[];
  value: Filters;
  onChange(next: Partial<Filters>): void;
  shown: number;
  total: number;
}

export function IndicatorFilters({ regions, clusters, value, onChange, shown, total }: IndicatorFiltersProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const active = !!(value.region || value.cluster || value.category);
  return (
    <fieldset className="filters">
      <legend>{t.indicator.filters}</legend>
      <label>
        <span>{t.indicator.region}</span>
        <select value={value.region ?? ''} onChange={(e) => onChange({ region: e.target.value || null })}>
          <option value="">{t.indicator.all}</option>
          {regions.map((r) => (
            <option key={r} value={r}>
              {i18n.region(r)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t.indicator.cluster}</span>
        <select value={value.cluster ?? ''} onChange={(e) => onChange({ cluster: e.target.value || null })}>
          <option value="">{t.indicator.all}</option>
          {clusters.map((c) => (
            <option key={c} value={c}>
              {i18n.cluster(c)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t.indicator.status}</span>
        <select value={value.category ?? ''} onChange={(e) => onChange({ category: (e.target.value || null) as LevelCategory | null })}>
          <option value="">{t.indicator.all}</option>
          {filterCategories.map((c) => (
            <option key={c} value={c}>
              {categoryLabel(c, i18n)}
            </option>
          ))}
        </select>
      </label>
      <p className="filters-count" role="status">
        {t.indicator.showing(i18n.num(shown), i18n.num(total))}
      </p>
      {active && (
        <button type="button" onClick={() => onChange({ region: null, cluster: null, category: null })}>
          {t.indicator.clear}
        </button>
      )}
    </fieldset>
  );
}
