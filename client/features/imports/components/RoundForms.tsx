/** A download button per round for its pre-filled form (targets filled and locked; issue 13). */
import { useI18n } from '../../../app/i18n';
import { useRounds } from '../../../api/get-rounds';
import { api } from '../../../lib/api';

export function RoundForms() {
  const i18n = useI18n();
  const { t } = i18n;
  const rounds = useRounds();
  const list = [...(rounds.data?.rounds ?? [])].reverse();
  if (list.length === 0) return null;
  return (
    <div className="round-forms">
      <h2 className="h3">{t.importPreview.formsTitle}</h2>
      <p className="note">{t.importPreview.formsIntro}</p>
      <ul className="inline-list">
        {list.map((r) => (
          <li key={`${r.year}-${r.round}`}>
            <a className="button" href={api.api['import-template.xlsx'].$path({ query: { year: String(r.year), round: String(r.round) } })} download data-round={`${r.year}-${r.round}`}>
              {t.importPreview.formFor(t.round.short(i18n.digitsOf(r.year), i18n.digitsOf(r.round)))}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
