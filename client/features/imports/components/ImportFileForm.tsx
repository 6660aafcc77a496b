/** The import page's first card: the empty template, the pre-filled forms per round, and the file picker. */
import { useId, type FormEvent } from 'react';
import { useI18n } from '../../../app/i18n';
import { api } from '../../../lib/api';
import { RoundForms } from './RoundForms';
import type { ImportFlow } from './use-import-flow';

export function ImportFileForm({ flow }: { flow: ImportFlow }) {
  const { t } = useI18n();
  const fileId = useId();
  const templateHref = api.api['import-template.xlsx'].$path({ query: {} });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    flow.check();
  };
  return (
    <section className="card">
      <p>{t.imports.intro}</p>
      <p>
        <a href={templateHref} download>
          {t.imports.template}
        </a>
      </p>
      <RoundForms />
      <form onSubmit={onSubmit} className="import-form">
        <label htmlFor={fileId}>{t.imports.file}</label>
        <input
          ref={flow.fileInput}
          id={fileId}
          type="file"
          name="file"
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          aria-describedby={`${fileId}-hint`}
          disabled={flow.busy}
          onChange={(e) => flow.chooseFile(e.target.files?.[0] ?? null)}
        />
        <small id={`${fileId}-hint`}>{t.imports.fileHint}</small>
        <label className="checkbox">
          <input type="checkbox" checked={flow.updateTargets} disabled={flow.busy} onChange={(e) => flow.setUpdateTargets(e.target.checked)} /> {t.imports.updateTargets}
        </label>
        <div className="actions">
          <button type="submit" disabled={!flow.file || flow.busy}>
            {t.imports.check}
          </button>
        </div>
      </form>
    </section>
  );
}
