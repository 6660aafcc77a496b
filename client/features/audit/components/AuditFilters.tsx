/** The trail's filters (event, user, province, indicator, dates typed day/month/year, BE in Thai) and the export of what they select. */
import { useI18n } from '../../../app/i18n';
import { useProvinces } from '../../../api/get-provinces';
import { DateField } from '../../../components/DateField';
import { auditExportUrl, type AuditQuery } from '../api/get-audit';
import { useIndicatorOptions } from '../api/get-filter-options';

export function AuditFilters({ filters, set }: { filters: AuditQuery; set: (key: keyof AuditQuery, value: string) => void }) {
  const i18n = useI18n();
  const t = i18n.t.audit;
  const th = i18n.lang === 'th';
  const provinces = useProvinces();
  const indicators = useIndicatorOptions();
  return (
    <>
      <form className="filters audit-filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t.action}
          <select name="action" value={filters.action ?? ''} onChange={(e) => set('action', e.target.value)}>
            <option value="">{t.any}</option>
            {Object.entries(t.actions).map(([k, label]) => (
              <option key={k} value={k}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.actor}
          <input name="actor" value={filters.actor ?? ''} onChange={(e) => set('actor', e.target.value.trim())} />
        </label>
        <label>
          {t.province}
          <select name="province" value={filters.province ?? ''} onChange={(e) => set('province', e.target.value)}>
            <option value="">{t.any}</option>
            {(provinces.data?.provinces ?? [])
              .filter((p) => p.inMeasure)
              .map((p) => (
                <option key={p.iso} value={p.iso}>
                  {th ? p.nameTh : p.nameEn}
                </option>
              ))}
          </select>
        </label>
        <label>
          {t.indicator}
          <select name="indicator" value={filters.indicator ?? ''} onChange={(e) => set('indicator', e.target.value)}>
            <option value="">{t.any}</option>
            {(indicators.data?.indicators ?? []).map((ind) => (
              <option key={ind.code} value={ind.code}>
                {ind.code} {th ? ind.nameTh : ind.nameEn}
              </option>
            ))}
          </select>
        </label>
        <DateField name="from" label={t.from} value={filters.from ?? ''} onChange={(iso) => set('from', iso)} />
        <DateField name="to" label={t.to} value={filters.to ?? ''} onChange={(iso) => set('to', iso)} />
      </form>
      <p className="audit-export">
        <span className="muted">{t.exportNote}:</span> <a href={auditExportUrl(filters, 'xlsx')} download>{t.exportXlsx}</a> · <a href={auditExportUrl(filters, 'csv')} download>{t.exportCsv}</a>
      </p>
    </>
  );
}
