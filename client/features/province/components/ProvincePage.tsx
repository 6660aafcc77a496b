/**
 * Page 3, one province in one round: every assigned indicator and component against its targets,
 * its history across rounds and years, and a link to the province's status notice.
 */
import { statuses } from '../../../../shared/classification/types';
import { useI18n } from '../../../app/i18n';
import { EmptyState, QueryStatus } from '../../../components/QueryState';
import { RoundPicker } from '../../../components/RoundPicker';
import { StatusBadge } from '../../../components/StatusBadge';
import { Link, useSearchParams } from '../../../lib/router';
import { paths } from '../../../lib/paths';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useProvinceOutlook } from '../../../api/get-outlook';
import { useRoundProvince } from '../api/get-round-province';
import { itemKey } from './history-data';
import { useProvinces } from '../../../api/get-provinces';
import { ProvinceHistory } from './ProvinceHistory';
import { ProvinceItemsTable } from './ProvinceItemsTable';
import { api } from '../../../lib/api';

/** `canDownloadForm`: the reader is this province's own user, whose form the server fills with its rows only. */
export function ProvincePage({ year, round, iso, canDownloadForm = false }: { year: number; round: number; iso: string; canDownloadForm?: boolean }) {
  const i18n = useI18n();
  const { t } = i18n;
  const data = useRoundProvince(year, round, iso);
  // The outlook exists for rounds before the year end (the API answers 422 for the final round).
  const outlookQuery = useProvinceOutlook(year, round, iso, round < 12);
  const outlook = outlookQuery.data ? new Map(outlookQuery.data.items.map((x) => [itemKey(x.code, x.component), x])) : null;
  const [search, setSearch] = useSearchParams();
  const selected = search.get('item');
  const select = (key: string) => {
    setSearch({ item: key });
    document.getElementById('history-title')?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  };

  // The reference list names the province even when its round is refused (403) or missing: never a bare "TH-20".
  const reference = useProvinces().data?.provinces.find((x) => x.iso === iso);
  const p = data.data?.province;
  const named = p ?? reference;
  useDocumentTitle(named ? `${t.province.title}${i18n.name(named)}` : iso, t.app.title);
  const header = (
    <div className="page-head">
      <h1>
        {named ? `${t.province.title}${i18n.name(named)}` : iso}
        <span className="subtitle">{t.round.title(i18n.digitsOf(year), i18n.digitsOf(round))}</span>
      </h1>
      <RoundPicker year={year} round={round} hrefFor={(y, r) => paths.province(y, r, iso)} />
    </div>
  );
  if (data.isError || !data.data || !p) {
    return (
      <>
        {header}
        <QueryStatus query={data} subject={named ? `${t.province.title}${i18n.name(named)}` : undefined} />
      </>
    );
  }
  const { items, counts } = data.data;
  return (
    <>
      {header}
      <section className="card province-meta" aria-label={t.province.region}>
        <dl className="meta">
          <div>
            <dt>{t.province.region}</dt>
            <dd>{i18n.region(p.region)}</dd>
          </div>
          {p.cluster && (
            <div>
              <dt>{t.province.cluster}</dt>
              <dd>{i18n.cluster(p.cluster)}</dd>
            </div>
          )}
        </dl>
        {p.inMeasure && items.length > 0 && (
          <>
            <p>{t.province.itemsCount(i18n.num(counts.items), i18n.num(counts.components))}</p>
            <ul className="status-counts">
              {statuses.map((s) => (
                <li key={s}>
                  <StatusBadge status={s} level={s === 'metMin' ? 'std' : s === 'belowMin' ? 'belowMin' : null} />{' '}
                  <strong>{counts.byStatus[s] ? i18n.num(counts.byStatus[s]) : '–'}</strong>
                </li>
              ))}
            </ul>
          </>
        )}
        <p className="links">
          {p.inMeasure && (
            <Link className="button" to={paths.notice(year, round, p.iso)}>
              {t.province.noticeLink}
            </Link>
          )}
          {canDownloadForm && p.inMeasure && (
            <a className="button" href={api.api['import-template.xlsx'].$path({ query: { year: String(year), round: String(round) } })} download data-form={`${year}-${round}`}>
              {t.importPreview.formFor(t.round.short(i18n.digitsOf(year), i18n.digitsOf(round)))}
            </a>
          )}
          <Link to={paths.overview(year, round)}>{t.province.mapLink}</Link>
        </p>
      </section>
      {!p.inMeasure ? (
        <p className="state state-empty">{t.province.outside}</p>
      ) : items.length === 0 ? (
        <EmptyState title={t.province.noItems} next={t.province.noItemsNext}>
          <Link to={paths.import()}>{t.state.goImport}</Link>
        </EmptyState>
      ) : (
        <>
          <section className="card">
            <ProvinceItemsTable items={items} year={year} round={round} selected={selected} onSelect={select} iso={p.iso} outlook={outlook} />
          </section>
          <section className="card" aria-labelledby="history-title">
            <h2 id="history-title">{t.province.historyTitle}</h2>
            <ProvinceHistory iso={p.iso} selected={selected} onSelect={(key) => setSearch({ item: key })} />
          </section>
        </>
      )}
    </>
  );
}
