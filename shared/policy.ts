/**
 * Who may do what: small predicates over a plain principal, `{ role, provinceIso }`. The server's route
 * declarations name one of these as their rule (server/http/guard.ts applies it to the parsed
 * parameters) and filter list queries with `ownProvince`; the client uses the same predicates to show
 * only what the account can open. Deliberately not the server's `User` nor the client's `Me`: both
 * sides pass their own object, which has these two fields.
 */
import type { Role } from './contracts/account';

export interface Principal {
  role: Role;
  provinceIso: string | null;
}

const staffLike = (p: Principal) => p.role === 'admin' || p.role === 'staff';
const nationalReader = (p: Principal) => staffLike(p) || p.role === 'viewer';

/** Any signed-in account: reference data (names and boundaries, not results) and scoped results. */
export const anySignedIn = (_p: Principal) => true;
export const canViewNational = nationalReader;
/** `iso` as parsed by the route (upper case). */
export const canViewProvince = (p: Principal, iso: string) => nationalReader(p) || (p.role === 'province' && p.provinceIso === iso);
export const canImport = staffLike;
/** The import form: staff for any round; a province user gets its own province's pre-filled form (the handler scopes it). */
export const canDownloadForm = (p: Principal) => staffLike(p) || p.role === 'province';
/** Targets, observations, national recommendations. */
export const canEditContent = staffLike;
export const canReviewAndIssue = staffLike;
/** Draft and reviewed notices are OPDC's working material. */
export const canViewDraftNotices = staffLike;
/** Issued notices: staff and viewers all; a province user only its own. */
export const canViewIssuedNotice = (p: Principal, iso: string) => canViewProvince(p, iso);
export const canManageUsers = (p: Principal) => p.role === 'admin';
/** The audit trail: staff, admins, and the read-only viewer role used by auditors. */
export const canViewAudit = nationalReader;

/**
 * The one province whose data a principal may receive, or undefined for every province. List queries
 * filter on it. The users table's check constraint guarantees a province user has its province.
 */
export function ownProvince(p: Principal): string | undefined {
  if (p.role !== 'province') return undefined;
  // Fail closed: a province account without its province must never fall through to "every province".
  if (!p.provinceIso) throw new Error('A province account has no province.');
  return p.provinceIso;
}

export function inScope(own: string | undefined, iso: string): boolean {
  return own === undefined || own === iso;
}
