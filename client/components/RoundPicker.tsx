/** Chooses the fiscal year and round of the page; the choice lives in the URL. */
import { useI18n } from '../app/i18n';
import { navigate } from '../lib/router';
import { roundsWithData, useRounds } from '../api/get-rounds';

export function RoundPicker({ year, round, hrefFor }: { year: number; round: number; hrefFor(year: number, round: number): string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const rounds = useRounds();
  const list = roundsWithData(rounds.data?.rounds ?? []);
  const current = `${year}-${round}`;
  const known = list.some((r) => `${r.year}-${r.round}` === current);
  return (
    <label className="round-picker">
      <span>{t.round.picker}</span>
      <select
        value={current}
        onChange={(e) => {
          const [y, r] = e.target.value.split('-').map(Number);
          navigate(hrefFor(y!, r!));
        }}
      >
        {!known && <option value={current}>{t.round.title(i18n.digitsOf(year), i18n.digitsOf(round))} {t.round.noData}</option>}
        {list.map((r) => (
          <option key={`${r.year}-${r.round}`} value={`${r.year}-${r.round}`}>
            {t.round.title(i18n.digitsOf(r.year), i18n.digitsOf(r.round))}
          </option>
        ))}
      </select>
    </label>
  );
}
