/** The typed API client (types come from the server's routes) and the one place responses are unwrapped. */
import { hc } from 'hono/client';
import type { AppType } from '../../server/app';

let csrfToken: string | null = null;

/** Set after signing in (and from /api/auth/me); sent on every request so state-changing ones pass the CSRF check. */
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

export const api = hc<AppType>('/', { headers: (): Record<string, string> => (csrfToken ? { 'x-csrf-token': csrfToken } : {}) });

export class ApiRequestError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly messageTh: string, readonly details?: unknown) {
    super(message);
  }
}

/** Resolves to the body of a 2xx response, or throws ApiRequestError built from the error envelope. */
export async function unwrap<T>(res: { ok: boolean; status: number; json(): Promise<T> } | Response): Promise<T> {
  if (res.ok) return (await res.json()) as T;
  const body = (await res.json().catch(() => null)) as { error?: { code: string; message: string; messageTh: string; details?: unknown } } | null;
  const e = body?.error;
  throw new ApiRequestError(res.status, e?.code ?? 'HTTP_' + res.status, e?.message ?? 'Request failed', e?.messageTh ?? 'เกิดข้อผิดพลาด', e?.details);
}
