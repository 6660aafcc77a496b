/** After a real import: its counts and a link to each round it touched. */
import { useI18n } from '../../../app/i18n';
import { Link } from '../../../lib/router';
import { paths } from '../../../lib/paths';
import type { ImportReport } from '../api/create-import';
import { ReportCounts } from './ImportReportView';

export function ImportDone({ report, onAgain }: { report: ImportReport; onAgain: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <div className="report report-done" role="status">
      <h2>{t.imports.done}</h2>
      <p>{t.imports.doneNext}</p>
      <ReportCounts report={report} />
      <ul className="inline-list">
        {report.rounds.map((r) => (
          <li key={`${r.year}-${r.round}`}>
            <Link to={paths.overview(r.year, r.round)}>
              {t.imports.openRound} {t.round.short(i18n.digitsOf(r.year), i18n.digitsOf(r.round))}
            </Link>
          </li>
        ))}
      </ul>
      <button type="button" onClick={onAgain}>
        {t.imports.cancel}
      </button>
    </div>
  );
}
