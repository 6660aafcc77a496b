/**
 * The national summary (the seed's national table): per indicator, the provinces below the minimum
 * target, derived from the data, and OPDC's recommendation, which staff edit like an observation.
 */
import { useState } from 'react';
import { displayText } from '../../../../shared/notice/format';
import { useI18n } from '../../../app/i18n';
import { QueryStatus } from '../../../components/QueryState';
import { useRecommendations, type NationalRow } from '../api/get-recommendations';
import type { Digits } from '../../../../shared/contracts/notice';
import { useEditRecommendation } from '../api/put-recommendation';
import { TextEditor } from './TextEditor';
import { TableHead } from '../../../components/TableHead';

export function NationalRecommendations({ year, round, digits }: { year: number; round: number; digits: Digits }) {
  const i18n = useI18n();
  const x = i18n.t.noticePages;
  const data = useRecommendations(year, round);
  const edit = useEditRecommendation(year, round);
  const [editing, setEditing] = useState<string | null>(null);
  const t = (s: string) => displayText(s, digits);
  if (!data.data) return <QueryStatus query={data} />;
  const save = (code: string, text: string | null) => edit.mutate({ code, text }, { onSuccess: () => setEditing(null) });
  const rows = data.data.indicators.filter((r) => r.belowMinProvinces > 0 || r.recommendation.edited);
  return (
    <section className="card" aria-labelledby="national-title">
      <h2 id="national-title">{x.nationalTitle}</h2>
      <div className="table-scroll">
        <table className="nd-national">
          <TableHead columns={[x.nationalIndicator, x.nationalBelow, x.nationalRecommendation]} />
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.code}>
                <th scope="row">{t(`${i + 1}. ${r.nameTh}`)}</th>
                <td>
                  {r.belowMin.length === 0 ? x.none : belowList(r)} {t(x.provincesCount(String(r.belowMinProvinces)))}
                </td>
                <td>
                  {editing === r.code ? (
                    <TextEditor
                      initial={r.recommendation.text}
                      label={`${x.nationalRecommendation}: ${r.nameTh}`}
                      edited={r.recommendation.edited}
                      busy={edit.isPending}
                      allowEmpty
                      onSave={(text) => save(r.code, text)}
                      onUseDraft={() => save(r.code, null)}
                      onCancel={() => setEditing(null)}
                    />
                  ) : (
                    <>
                      <p className="nd-text">{t(r.recommendation.text) || x.none}</p>
                      <p className="muted small">
                        {r.recommendation.edited && r.recommendation.editedBy && r.recommendation.editedAt
                          ? x.editedBy(r.recommendation.editedBy, i18n.date(r.recommendation.editedAt))
                          : x.draftSource(r.recommendation.draftSource)}
                        {r.recommendation.draftChangedSinceEdit && <strong> · {x.draftChanged}</strong>}{' '}
                        <button type="button" className="link-button" onClick={() => setEditing(r.code)}>
                          {x.edit}
                        </button>
                      </p>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** "สิงห์บุรี (แม่น้ำน้อย, แม่น้ำลพบุรี) อ่างทอง (แม่น้ำน้อย)", as the seed lists components. */
function belowList(r: NationalRow): string {
  const byProvince = new Map<string, string[]>();
  for (const b of r.belowMin) {
    const list = byProvince.get(b.nameTh) ?? [];
    if (b.component) list.push(b.component);
    byProvince.set(b.nameTh, list);
  }
  return [...byProvince].map(([name, comps]) => (comps.length ? `${name} (${comps.join(', ')})` : name)).join(' ');
}
