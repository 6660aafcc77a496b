/** Account management for administrators: create (one-time password shown once), change role or province, deactivate, reset password. */
import { useState, type FormEvent } from 'react';
import { useI18n } from '../../../app/i18n';
import { QueryStatus } from '../../../components/QueryState';
import { TableHead } from '../../../components/TableHead';
import { ApiRequestError } from '../../../lib/api';
import { useCreateUser } from '../api/create-user';
import { useUsers } from '../api/get-users';
import { roles, type Role } from '../../../../shared/contracts/account';
import { useResetPassword, useUpdateUser } from '../api/update-user';

export function UsersPage() {
  const { lang, t: all } = useI18n();
  const t = all.users;
  const roleName = all.auth.roles;
  const users = useUsers();
  const create = useCreateUser();
  const update = useUpdateUser();
  const reset = useResetPassword();
  const [form, setForm] = useState({ username: '', displayName: '', role: 'staff' as Role, provinceIso: '' });
  const [otp, setOtp] = useState<string | null>(null);
  const message = (e: unknown) => (e instanceof ApiRequestError ? (lang === 'th' ? e.messageTh : e.message) : e instanceof Error ? e.message : null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(
      { ...form, provinceIso: form.role === 'province' ? form.provinceIso.toUpperCase() : null },
      { onSuccess: (r) => (setOtp(t.otp(r.user.username, r.oneTimePassword)), setForm({ username: '', displayName: '', role: 'staff', provinceIso: '' })) },
    );
  };

  return (
    <section aria-labelledby="users-title">
      <h1 id="users-title">{t.title}</h1>
      {otp && <p role="status" className="notice-box">{otp}</p>}
      {[create.error, update.error, reset.error].map((e, i) => e && <p key={i} role="alert">{message(e)}</p>)}
      <form onSubmit={submit} className="filters">
        <h2>{t.create}</h2>
        <label>{t.username}<input required value={form.username} onChange={(e) => setForm({ ...form, username: e.target.value })} /></label>
        <label>{t.name}<input required value={form.displayName} onChange={(e) => setForm({ ...form, displayName: e.target.value })} /></label>
        <label>
          {t.role}
          <select value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as Role })}>
            {roles.map((r) => <option key={r} value={r}>{roleName[r]}</option>)}
          </select>
        </label>
        {form.role === 'province' && <label>{t.province}<input required placeholder="TH-15" value={form.provinceIso} onChange={(e) => setForm({ ...form, provinceIso: e.target.value })} /></label>}
        <button type="submit" disabled={create.isPending}>{t.save}</button>
      </form>
      <QueryStatus query={users} />
      {users.data && (
        <div className="table-scroll">
        {/* On a phone each account is a card (stack-on-phone) with its buttons on their own line: as a
            table row they needed a sideways scroll at 390 px. */}
        <table className="users-table stack-on-phone">
          <TableHead columns={[t.username, t.name, t.role, t.active, <span className="visually-hidden">{t.actions}</span>]} />
          <tbody>
            {users.data.users.map((u) => (
              <tr key={u.id}>
                <td data-label={t.username}>{u.username}</td>
                <td className="stack-two" data-label={t.name}>{u.displayName}</td>
                <td className="stack-two" data-label={t.role}>{roleName[u.role]}{u.provinceIso ? ` · ${u.provinceIso}` : ''}</td>
                <td data-label={t.active}>{u.active ? '✓' : '✗'}</td>
                <td className="stack-full row-actions">
                  <button type="button" onClick={() => update.mutate({ id: u.id, active: !u.active })}>{u.active ? t.deactivate : t.activate}</button>{' '}
                  <button type="button" onClick={() => reset.mutate(u.id, { onSuccess: (r) => setOtp(t.otp(u.username, r.oneTimePassword)) })}>{t.reset}</button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      )}
    </section>
  );
}
