import { useI18n } from '../../../app/i18n';
import type { Me } from '../api/get-me';
import { useSignOut } from '../api/sign-out';

export function UserMenu({ me }: { me: Me }) {
  const t = useI18n().t.auth;
  const signOut = useSignOut();
  return (
    <div className="user-menu">
      <span>
        {me.displayName} <small>({t.roles[me.role]})</small>
      </span>{' '}
      <button type="button" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
        {t.signOut}
      </button>
    </div>
  );
}
