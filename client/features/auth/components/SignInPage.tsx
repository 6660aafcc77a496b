import { useState, type FormEvent } from 'react';
import { useI18n } from '../../../app/i18n';
import { ApiRequestError } from '../../../lib/api';
import { useSignIn } from '../api/sign-in';

export function SignInPage() {
  const i18n = useI18n();
  const { lang } = i18n;
  const t = i18n.t.auth;
  const signIn = useSignIn();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    signIn.mutate({ username, password });
  };
  const error = signIn.error instanceof ApiRequestError ? (lang === 'th' ? signIn.error.messageTh : signIn.error.message) : signIn.error?.message;
  return (
    <main id="main" className="auth-page">
      <p className="auth-lang">
        <button type="button" lang={lang === 'th' ? 'en' : 'th'} aria-label={i18n.t.app.switchToLabel} onClick={() => i18n.setLang(lang === 'th' ? 'en' : 'th')}>
          {i18n.t.app.switchTo}
        </button>
      </p>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <form onSubmit={submit} className="auth-form" aria-describedby={error ? 'signin-error' : undefined}>
        <label>
          {t.username}
          <input name="username" autoComplete="username" required value={username} onChange={(e) => setUsername(e.target.value)} />
        </label>
        <label>
          {t.password}
          <input name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        </label>
        {error && (
          <p id="signin-error" role="alert" className="state-error">
            {error}
          </p>
        )}
        <button type="submit" disabled={signIn.isPending}>
          {signIn.isPending ? t.submitting : t.submit}
        </button>
      </form>
      <p className="muted">{t.help}</p>
    </main>
  );
}
