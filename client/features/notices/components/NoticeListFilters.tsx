/** Filters above the notice list: by notice state, and by how many items have a status. */
import { useI18n } from '../../../app/i18n';
import { NoticeState } from '../../../../shared/contracts/notice';
import { Status } from '../../../../shared/contracts/classification';
import { defaultFilter, type NoticeFilter } from './notice-list-view';

export interface NoticeListFiltersProps {
  filter: NoticeFilter;
  onChange: (f: NoticeFilter) => void;
  shown: number;
  total: number;
}

export function NoticeListFilters({ filter, onChange, shown, total }: NoticeListFiltersProps) {
  const i18n = useI18n();
  const x = i18n.t.noticePages;
  const set = (patch: Partial<NoticeFilter>) => onChange({ ...filter, ...patch });
  return (
    <fieldset className="nd-filters">
      <legend className="visually-hidden">{x.list.filters}</legend>
      <label>
        {x.list.stateFilter}{' '}
        <select value={filter.state} onChange={(e) => set({ state: e.target.value as NoticeFilter['state'] })}>
          <option value="all">{x.list.allStates}</option>
          {NoticeState.options.map((s) => (
            <option key={s} value={s}>
              {x.states[s]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {x.list.statusFilter}{' '}
        <select value={filter.status} onChange={(e) => set({ status: e.target.value as NoticeFilter['status'] })}>
          <option value="any">{x.list.anyStatus}</option>
          {Status.options.map((s) => (
            <option key={s} value={s}>
              {i18n.status(s)}
            </option>
          ))}
        </select>
      </label>
      {filter.status !== 'any' && (
        <label>
          {x.list.atLeast}{' '}
          <input type="number" min={1} max={99} step={1} value={filter.atLeast} onChange={(e) => set({ atLeast: Math.max(1, Math.floor(Number(e.target.value) || 1)) })} />
        </label>
      )}
      <span className="muted" role="status" aria-live="polite">
        {x.list.shown(i18n.num(shown), i18n.num(total))}
      </span>
      {(filter.state !== defaultFilter.state || filter.status !== defaultFilter.status) && (
        <button type="button" onClick={() => onChange(defaultFilter)}>
          {x.list.reset}
        </button>
      )}
    </fieldset>
  );
}
