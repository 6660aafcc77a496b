/**
 * What the interface offers each role. Only a mirror of server/http/policy.ts for showing or hiding
 * menus and buttons: the server enforces every permission itself.
 */
import type { Me } from '../features/auth';

const staffLike = (me: Me) => me.role === 'admin' || me.role === 'staff';

export const can = {
  import: staffLike,
  editNotices: staffLike,
  audit: (me: Me) => me.role !== 'province',
  manageUsers: (me: Me) => me.role === 'admin',
};
