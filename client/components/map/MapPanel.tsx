/** The map with its legend (counts of provinces per category) and the boundary attribution under it. */
import { useI18n } from '../../app/i18n';
import { paths } from '../../lib/paths';
import { ErrorState, Loading } from '../QueryState';
import { countCategories, schemeCategories, type MapCategory, type Scheme } from './categories';
import { MapLegend } from './MapLegend';
import { legendRows } from './map-view';
import { ProvinceMap, type MapEntryView } from './ProvinceMap';
import { useProvinceShapes } from './use-province-shapes';

export interface MapPanelProps {
  scheme: Scheme;
  entries: ReadonlyMap<string, MapEntryView>;
  label: string;
  colourKey: string;
  year: number;
  round: number;
  attribution: string;
}

export function MapPanel({ scheme, entries, label, colourKey, year, round, attribution }: MapPanelProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const shapes = useProvinceShapes();
  // A province user's map adds "other provinces" to the legend (never "not assigned" for them).
  const hidden = [...entries.values()].some((e) => e.category === 'hidden');
  const categories: readonly MapCategory[] = hidden ? [...schemeCategories[scheme], 'hidden'] : schemeCategories[scheme];
  const counts = countCategories<MapCategory>(categories, entries.values());
  return (
    <div className="map-panel">
      <div className="map-frame">
        {shapes.isPending ? (
          <Loading />
        ) : shapes.isError ? (
          <ErrorState error={shapes.error} onRetry={() => void shapes.refetch()} />
        ) : (
          <ProvinceMap
            shapes={shapes.data}
            entries={entries}
            label={label}
            colourKey={colourKey}
            nameOf={(s) => (i18n.lang === 'th' ? s.nameTh : s.nameEn)}
            hrefFor={(iso) => (entries.get(iso)?.category === 'outside' || entries.get(iso)?.category === 'hidden' ? null : paths.province(year, round, iso))}
            outsideLabel={t.map.outsideShort}
            openHint={t.map.openHint}
          />
        )}
      </div>
      <MapLegend title={t.map.legend} rows={legendRows(categories, counts, i18n)} formatCount={(n) => i18n.num(n)} />
      <p className="attribution">
        {t.map.attribution}: {attribution}
      </p>
    </div>
  );
}
