import { useState, type FormEvent } from 'react';
import { useI18n } from '../../../app/i18n';
import { ApiRequestError } from '../../../lib/api';
import { useChangePassword } from '../api/change-password';

export function ChangePasswordPage() {
  const { lang, t: messages } = useI18n();
  const t = messages.auth;
  const change = useChangePassword();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const mismatch = confirm.length > 0 && next !== confirm;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!mismatch) change.mutate({ currentPassword: current, newPassword: next });
  };
  const error = change.error instanceof ApiRequestError ? (lang === 'th' ? change.error.messageTh : change.error.message) : change.error?.message;
  return (
    <main id="main" className="auth-page">
      <h1>{t.changeTitle}</h1>
      <p>{t.changeIntro}</p>
      <form onSubmit={submit} className="auth-form">
        <label>
          {t.current}
          <input type="password" autoComplete="current-password" required value={current} onChange={(e) => setCurrent(e.target.value)} />
        </label>
        <label>
          {t.next}
          <input type="password" autoComplete="new-password" required minLength={10} value={next} onChange={(e) => setNext(e.target.value)} />
        </label>
        <label>
          {t.confirm}
          <input type="password" autoComplete="new-password" required value={confirm} onChange={(e) => setConfirm(e.target.value)} aria-invalid={mismatch} />
        </label>
        {(mismatch || error) && (
          <p role="alert" className="state-error">
            {mismatch ? t.mismatch : error}
          </p>
        )}
        <button type="submit" disabled={change.isPending || mismatch}>
          {t.save}
        </button>
      </form>
    </main>
  );
}
