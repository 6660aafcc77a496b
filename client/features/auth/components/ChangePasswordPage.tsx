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
  // The server's rule (server/modules/auth/passwords.ts), checked here too so the refusal names the rule
  // in the app's words instead of the browser's silent minLength tooltip.
  const [tooShort, setTooShort] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const short = [...next.replace(/\s/gu, '')].length < 10;
    setTooShort(short);
    if (!mismatch && !short) change.mutate({ currentPassword: current, newPassword: next });
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
          <input type="password" autoComplete="new-password" required value={next} onChange={(e) => setNext(e.target.value)} aria-describedby="password-rules" aria-invalid={tooShort} />
        </label>
        <p id="password-rules" className="note">{t.rules}</p>
        <label>
          {t.confirm}
          <input type="password" autoComplete="new-password" required value={confirm} onChange={(e) => setConfirm(e.target.value)} aria-invalid={mismatch} />
        </label>
        {(mismatch || tooShort || error) && (
          <p role="alert" className="state-error">
            {mismatch ? t.mismatch : tooShort ? `${t.tooShort} ${t.rules}` : `${error} ${t.rules}`}
          </p>
        )}
        <button type="submit" disabled={change.isPending || mismatch}>
          {t.save}
        </button>
      </form>
    </main>
  );
}
