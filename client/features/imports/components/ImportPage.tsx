/**
 * Page 4, import: choose a file → dry run (nothing saved) → read the report → confirm. Progress is
 * shown while the file uploads and while the server checks or imports it. The steps live in
 * `useImportFlow`; each phase has its own component.
 */
import { useI18n } from '../../../app/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { ImportChecked } from './ImportChecked';
import { ImportDone } from './ImportDone';
import { ImportFailure } from './ImportFailure';
import { ImportFileForm } from './ImportFileForm';
import { ImportProgress } from './ImportProgress';
import { RecentImports } from './RecentImports';
import { useImportFlow } from './use-import-flow';

export function ImportPage() {
  const { t } = useI18n();
  const flow = useImportFlow();
  const { phase } = flow;
  useDocumentTitle(t.imports.title, t.app.title);
  return (
    <>
      <div className="page-head">
        <h1>{t.imports.title}</h1>
      </div>
      <ImportFileForm flow={flow} />
      <section className="card import-result" aria-live="polite">
        {phase.step === 'idle' && !flow.file && <p className="note">{t.imports.chooseFirst}</p>}
        {phase.step === 'sending' && <ImportProgress phase={phase} />}
        {phase.step === 'failed' && <ImportFailure flow={flow} error={phase.error} />}
        {phase.step === 'checked' && <ImportChecked flow={flow} report={phase.report} />}
        {phase.step === 'done' && <ImportDone report={phase.report} onAgain={flow.reset} />}
      </section>
      <section className="card" aria-label={t.imports.recent}>
        <RecentImports />
      </section>
    </>
  );
}
