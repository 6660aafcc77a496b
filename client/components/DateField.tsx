/**
 * A date typed as day/month/year in the UI's language: the Buddhist Era year in Thai (01/12/2569), as
 * Thai official forms write dates, and the Christian-era year in English. Not `<input type="date">`:
 * Chromium draws that in the browser's own locale (mm/dd/yyyy, Christian era, on most office PCs)
 * whatever the page's language or `lang` attribute. Under the field, the date in words shows which
 * year was understood. The value in and out is ISO (yyyy-mm-dd), or '' for none.
 */
import { useId, useState, type ReactNode } from 'react';
import { describeDateField, formatDateField, parseDateField } from '../../shared/format/date-field';
import { useI18n } from '../app/i18n';

export function DateField({ name, label, value, onChange }: { name: string; label: ReactNode; value: string; onChange(iso: string): void }) {
  const { lang, t } = useI18n();
  const hintId = useId();
  const [text, setText] = useState(() => formatDateField(value, lang));
  // The value or the language changed from outside (the URL, the switch): show it anew, unless the
  // text typed already means that date (then the reader's own spelling stays).
  const [shown, setShown] = useState({ value, lang });
  if (shown.value !== value || shown.lang !== lang) {
    setShown({ value, lang });
    if (shown.lang !== lang || parseDateField(text) !== value) setText(formatDateField(value, lang));
  }
  const parsed = parseDateField(text);
  return (
    <label>
      {label}
      <input
        name={name}
        inputMode="numeric"
        autoComplete="off"
        placeholder={t.dateField.format}
        value={text}
        aria-invalid={parsed === null}
        aria-describedby={hintId}
        onChange={(e) => {
          setText(e.target.value);
          const iso = parseDateField(e.target.value);
          if (iso !== null && iso !== value) onChange(iso);
        }}
      />
      <small id={hintId} className={parsed === null ? 'date-field-error' : 'date-field-hint'}>
        {parsed === null ? t.dateField.invalid : parsed ? describeDateField(parsed, lang) : t.dateField.format}
      </small>
    </label>
  );
}
