/** The typed API client (types come from the server's routes) and the one place responses are unwrapped. */
import { hc, type ClientResponse } from 'hono/client';
import type { SuccessStatusCode } from 'hono/utils/http-status';
import type { AppType } from '../../server/app';

let csrfToken: string | null = null;

/** Set after signing in (and from /api/auth/me); sent on every request so state-changing ones pass the CSRF check. */
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

/** Headers every request carries (for requests made outside `api`, such as an XHR upload with progress). */
export const csrfHeaders = (): Record<string, string> => (csrfToken ? { 'x-csrf-token': csrfToken } : {});

export const api = hc<AppType>('/', { headers: csrfHeaders });

export class ApiRequestError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly messageTh: string, readonly details?: unknown) {
    super(message);
  }
}

/** The body type of a response's 2xx statuses only (a route also declares its error bodies). */
export type SuccessBody<R> = R extends ClientResponse<infer T, infer S, infer _F> ? (S extends SuccessStatusCode ? T : never) : never;

/** Resolves to the body of a 2xx response, or throws ApiRequestError built from the error envelope. */
export function unwrap<R extends ClientResponse<unknown, number, 'json' | 'text'>>(res: R): Promise<SuccessBody<R>> {
  return unwrapAs<SuccessBody<R>>(res as unknown as Response);
}

/** `unwrap` for a plain Response whose success body type the caller knows (e.g. built from an XHR). */
export async function unwrapAs<T>(res: Response): Promise<T> {
  if (res.ok) return (await res.json()) as T;
  const body = (await res.json().catch(() => null)) as { error?: { code: string; message: string; messageTh: string; details?: unknown } } | null;
  const e = body?.error;
  throw new ApiRequestError(res.status, e?.code ?? 'HTTP_' + res.status, e?.message ?? 'Request failed', e?.messageTh ?? 'เกิดข้อผิดพลาด', e?.details);
}
