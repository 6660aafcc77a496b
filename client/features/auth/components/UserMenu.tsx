import { useI18n } from '../../../app/i18n';
import type { Me } from '../api/get-me';
import { useSignOut } from '../api/sign-out';
import { nameSaysRole } from './user-label';

export function UserMenu({ me }: { me: Me }) {
  const t = useI18n().t.auth;
  const signOut = useSignOut();
  const role = t.roles[me.role];
  return (
    <div className="user-menu">
      <span>
        {me.displayName}
        {!nameSaysRole(me.displayName, role) && (
          <>
            {' '}
            <small>({role})</small>
          </>
        )}
      </span>{' '}
      <button type="button" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
        {t.signOut}
      </button>
    </div>
  );
}
