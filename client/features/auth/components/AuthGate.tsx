/**
 * Shows the sign-in page until there is a session, the password change page while a one-time
 * password is in use, and the app otherwise. The server enforces every permission; this only
 * decides what to show.
 */
import type { ReactNode } from 'react';
import { QueryStatus } from '../../../components/QueryState';
import { useMe, type Me } from '../api/get-me';
import { ChangePasswordPage } from './ChangePasswordPage';
import { SignInPage } from './SignInPage';

export function AuthGate({ children }: { children: (me: Me) => ReactNode }) {
  const me = useMe();
  if (me.isPending || me.isError) return <QueryStatus query={me} />;
  if (!me.data) return <SignInPage />;
  if (me.data.mustChangePassword) return <ChangePasswordPage />;
  return <>{children(me.data)}</>;
}
