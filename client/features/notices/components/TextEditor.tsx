/** Edits one text (an observation or a recommendation): save, cancel, or go back to the draft. */
import { useState } from 'react';
import { useI18n } from '../../../app/i18n';

export interface TextEditorProps {
  initial: string;
  label: string;
  edited: boolean;
  busy: boolean;
  /** Whether an empty text may be saved (a recommendation may be blank; an observation may not). */
  allowEmpty?: boolean;
  onSave(text: string): void;
  onUseDraft(): void;
  onCancel(): void;
}

export function TextEditor({ initial, label, edited, busy, allowEmpty = false, onSave, onUseDraft, onCancel }: TextEditorProps) {
  const x = useI18n().t.noticePages;
  const [text, setText] = useState(initial);
  const empty = text.trim() === '';
  return (
    <div className="nd-editor">
      <textarea aria-label={label} value={text} rows={Math.min(16, Math.max(5, Math.ceil(text.length / 60)))} onChange={(e) => setText(e.target.value)} />
      {empty && !allowEmpty && <p className="nd-editor-error">{x.emptyObservation}</p>}
      <div className="nd-editor-actions">
        <button type="button" className="primary" disabled={busy || (empty && !allowEmpty)} onClick={() => onSave(text)}>
          {x.save}
        </button>
        <button type="button" disabled={busy} onClick={onCancel}>
          {x.cancel}
        </button>
        {edited && (
          <button type="button" disabled={busy} onClick={onUseDraft}>
            {x.useDraft}
          </button>
        )}
      </div>
    </div>
  );
}
