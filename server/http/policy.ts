/**
 * Who may do what: small predicates over the acting user, and the one table that says which
 * predicate guards each API route. `authorize` (server/http/auth.ts) applies the table to every
 * request; handlers use `ownProvince` to filter list queries, so a province user never receives
 * another province's data from a summary, a map, a list or a search.
 */
import type { User } from '../domain/auth/users';

export type { User };

const staffLike = (u: User) => u.role === 'admin' || u.role === 'staff';
const nationalReader = (u: User) => staffLike(u) || u.role === 'viewer';

export const canViewNational = nationalReader;
export const canViewProvince = (u: User, iso: string) => nationalReader(u) || (u.role === 'province' && u.provinceIso === iso.toUpperCase());
export const canImport = staffLike;
/** Targets, observations, national recommendations. */
export const canEditContent = staffLike;
export const canReviewAndIssue = staffLike;
/** Draft and reviewed notices are OPDC's working material. */
export const canViewDraftNotices = staffLike;
/** Issued notices: staff and viewers all; a province user only its own. */
export const canViewIssuedNotice = (u: User, iso: string) => canViewProvince(u, iso);
export const canManageUsers = (u: User) => u.role === 'admin';
/** The audit trail: staff, admins, and the read-only viewer role used by auditors. */
export const canViewAudit = nationalReader;

/**
 * The one province whose data a user may receive, or undefined for every province. List queries
 * filter on it. The users table's check constraint guarantees a province user has its province.
 */
export function ownProvince(u: User): string | undefined {
  return u.role === 'province' ? u.provinceIso! : undefined;
}

export function inScope(own: string | undefined, iso: string): boolean {
  return own === undefined || own === iso;
}

type Params = Record<string, string>;
export type Rule = {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  /** 'public': no session needed. Otherwise who may call it (params are the path's :params). */
  allow: 'public' | ((u: User, p: Params) => boolean);
};

const anyUser = () => true;

/** Every API route and its guard. A route missing here is refused (tests check every documented route is listed). */
export const rules: Rule[] = [
  { method: 'GET', path: '/api/health', allow: 'public' },
  { method: 'GET', path: '/api/openapi.json', allow: 'public' },
  { method: 'GET', path: '/api/docs', allow: 'public' },
  { method: 'POST', path: '/api/auth/login', allow: 'public' },
  { method: 'GET', path: '/api/auth/me', allow: 'public' }, // answers 401 itself when signed out
  { method: 'POST', path: '/api/auth/logout', allow: anyUser },
  { method: 'POST', path: '/api/auth/password', allow: anyUser },

  // reference data: names and boundaries are not results; every signed-in user needs them for the map
  { method: 'GET', path: '/api/rounds', allow: anyUser },
  { method: 'GET', path: '/api/indicators', allow: anyUser },
  { method: 'GET', path: '/api/provinces', allow: anyUser },

  // results: scoped in the handlers for province users
  { method: 'GET', path: '/api/rounds/:year/:round/summary', allow: anyUser },
  { method: 'GET', path: '/api/rounds/:year/:round/indicators/:code', allow: anyUser },
  { method: 'GET', path: '/api/rounds/:year/:round/provinces/:iso', allow: (u, p) => canViewProvince(u, p.iso!) },
  { method: 'GET', path: '/api/provinces/:iso/history', allow: (u, p) => canViewProvince(u, p.iso!) },
  { method: 'GET', path: '/api/rounds/:year/:round/items', allow: anyUser },

  // status notices — the file routes first: '/api/notices/:year/:round' would also match '2566/6.zip'
  { method: 'GET', path: '/api/notices/:year/:round/:iso.pdf', allow: (u, p) => canViewIssuedNotice(u, p.iso!) }, // drafts: staff only, in the handler
  { method: 'GET', path: '/api/notices/:year/:round/:iso/letter.pdf', allow: (u, p) => canViewIssuedNotice(u, p.iso!) }, // drafts: staff only, in the handler
  { method: 'GET', path: '/api/notices/:year/:round.zip', allow: canViewDraftNotices },
  { method: 'GET', path: '/api/notices/:year/:round.pdf', allow: canViewDraftNotices },
  { method: 'GET', path: '/api/notices/:year/:round', allow: anyUser }, // the list: scoped and issued-only for non-staff, in the handler
  { method: 'POST', path: '/api/notices/:year/:round/actions', allow: canReviewAndIssue },
  { method: 'GET', path: '/api/notices/:year/:round/recommendations', allow: canViewNational },
  { method: 'PUT', path: '/api/notices/:year/:round/recommendations/:code', allow: canEditContent },
  { method: 'GET', path: '/api/notices/:year/:round/:iso', allow: (u, p) => canViewIssuedNotice(u, p.iso!) }, // non-staff get the issued version
  { method: 'GET', path: '/api/notices/:year/:round/:iso/versions/:version', allow: (u, p) => canViewIssuedNotice(u, p.iso!) },
  { method: 'PUT', path: '/api/notices/:year/:round/:iso/observations/:assignmentId', allow: canEditContent },
  { method: 'POST', path: '/api/notice-batches', allow: canViewDraftNotices },
  { method: 'GET', path: '/api/notice-batches/:id', allow: canViewDraftNotices },
  { method: 'GET', path: '/api/notice-batches/:id/file', allow: canViewDraftNotices },

  { method: 'GET', path: '/api/imports', allow: canImport },
  { method: 'POST', path: '/api/imports', allow: canImport },
  { method: 'POST', path: '/api/imports/:id/rollback', allow: canImport },
  { method: 'GET', path: '/api/imports/:id/changes', allow: canViewAudit },
  { method: 'GET', path: '/api/import-template.xlsx', allow: canImport },

  { method: 'GET', path: '/api/audit', allow: canViewAudit },

  { method: 'GET', path: '/api/users', allow: canManageUsers },
  { method: 'POST', path: '/api/users', allow: canManageUsers },
  { method: 'PATCH', path: '/api/users/:id', allow: canManageUsers },
  { method: 'POST', path: '/api/users/:id/password', allow: canManageUsers },
];

interface CompiledRule {
  rule: Rule;
  regex: RegExp;
  names: string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(rule: Rule): CompiledRule {
  const names: string[] = [];
  const source = rule.path
    .split('/')
    .map((seg) => {
      const param = /^:(\w+)(.*)$/.exec(seg); // ':iso' or ':iso.pdf'
      if (param) {
        names.push(param[1]!);
        return `([^/]+?)${escape(param[2]!)}`;
      }
      return escape(seg);
    })
    .join('/');
  return { rule, regex: new RegExp(`^${source}$`), names };
}

let compiled = rules.map(compile);

/** Adds rules for routes mounted by a feature (e.g. notices); used once at start-up. */
export function addRules(extra: Rule[]): void {
  for (const r of extra) if (!rules.some((x) => x.method === r.method && x.path === r.path)) rules.push(r);
  compiled = rules.map(compile);
}

export function findRule(method: string, path: string): { rule: Rule; params: Params } | null {
  const m = method === 'HEAD' ? 'GET' : method;
  for (const c of compiled) {
    if (c.rule.method !== m) continue;
    const match = c.regex.exec(path);
    if (match) {
      const params: Params = {};
      c.names.forEach((n, i) => {
        try {
          params[n] = decodeURIComponent(match[i + 1]!);
        } catch {
          params[n] = match[i + 1]!;
        }
      });
      return { rule: c.rule, params };
    }
  }
  return null;
}
