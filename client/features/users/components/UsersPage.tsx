/** Account management for administrators: create (one-time password shown once), change role or province, deactivate, reset password. */
import { useState, type FormEvent } from 'react';
import { useI18n } from '../../../app/i18n';
import { QueryStatus } from '../../../components/QueryState';
import { ApiRequestError } from '../../../lib/api';
import { useCreateUser } from '../api/create-user';
import { useUsers } from '../api/get-users';
import { useResetPassword, useUpdateUser } from '../api/update-user';

type Role = 'admin' | 'staff' | 'province' | 'viewer';
const roles: Role[] = ['admin', 'staff', 'province', 'viewer'];

const text = {
  th: {
    title: 'บัญชีผู้ใช้', create: 'สร้างบัญชีใหม่', username: 'ชื่อผู้ใช้', name: 'ชื่อที่แสดง', role: 'บทบาท', province: 'จังหวัด (รหัส ISO)',
    active: 'ใช้งาน', save: 'สร้างบัญชี', reset: 'ออกรหัสผ่านชั่วคราว', deactivate: 'ปิดบัญชี', activate: 'เปิดบัญชี',
    otp: (u: string, p: string) => `รหัสผ่านชั่วคราวของ ${u} คือ ${p} (แสดงครั้งเดียว กรุณาส่งให้ผู้ใช้ทางช่องทางที่ปลอดภัย)`,
    roles: { admin: 'ผู้ดูแลระบบ', staff: 'เจ้าหน้าที่ ก.พ.ร.', province: 'จังหวัด', viewer: 'ผู้ดูข้อมูล/ผู้ตรวจสอบ' },
  },
  en: {
    title: 'Accounts', create: 'New account', username: 'Username', name: 'Display name', role: 'Role', province: 'Province (ISO code)',
    active: 'Active', save: 'Create', reset: 'Issue one-time password', deactivate: 'Deactivate', activate: 'Activate',
    otp: (u: string, p: string) => `One-time password for ${u}: ${p} (shown once; pass it on securely)`,
    roles: { admin: 'Administrator', staff: 'OPDC staff', province: 'Province', viewer: 'Viewer / auditor' },
  },
} as const;

export function UsersPage() {
  const { lang } = useI18n();
  const t = text[lang];
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
            {roles.map((r) => <option key={r} value={r}>{t.roles[r]}</option>)}
          </select>
        </label>
        {form.role === 'province' && <label>{t.province}<input required placeholder="TH-15" value={form.provinceIso} onChange={(e) => setForm({ ...form, provinceIso: e.target.value })} /></label>}
        <button type="submit" disabled={create.isPending}>{t.save}</button>
      </form>
      <QueryStatus query={users} />
      {users.data && (
        <div className="table-scroll">
        <table>
          <thead><tr><th scope="col">{t.username}</th><th scope="col">{t.name}</th><th scope="col">{t.role}</th><th scope="col">{t.active}</th><th scope="col"><span className="visually-hidden">actions</span></th></tr></thead>
          <tbody>
            {users.data.users.map((u) => (
              <tr key={u.id}>
                <td>{u.username}</td>
                <td>{u.displayName}</td>
                <td>{t.roles[u.role]}{u.provinceIso ? ` · ${u.provinceIso}` : ''}</td>
                <td>{u.active ? '✓' : '✗'}</td>
                <td>
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
