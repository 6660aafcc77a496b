/**
 * Request body limits for every API route, enforced before sign-in and before the body is read:
 * a 400 MB body to the login route grew the server by 750 MB (issue 9). Hono's bodyLimit answers
 * 413 from Content-Length alone, and for chunked bodies stops reading at the limit.
 */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ApiError } from './errors';
import type { AppEnv } from './env';

/** Every JSON body the API takes (sign-in, users, notice text) fits well within this. */
export const JSON_BODY_LIMIT = 64 * 1024;

const tooLarge = (limit: number) => () => {
  const kb = Math.round(limit / 1024);
  throw new ApiError(413, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${kb} KB.`, `ข้อมูลที่ส่งมีขนาดเกิน ${kb} KB`);
};

const jsonLimit = bodyLimit({ maxSize: JSON_BODY_LIMIT, onError: tooLarge(JSON_BODY_LIMIT) });

/**
 * The small limit on every API route except the upload, which has its own (KPI_UPLOAD_LIMIT_MB) in
 * the imports router.
 *
 * @example
 * app.use('/api/*', apiBodyLimit);
 */
export const apiBodyLimit: MiddlewareHandler<AppEnv> = (c, next) => {
  // No GET or HEAD route reads a body; asking Hono's bodyLimit about one builds a whole Request
  // object from node's request (profiled: about a tenth of a cached read's time).
  if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
  if (c.req.method === 'POST' && c.req.path === '/api/imports') return next();
  return jsonLimit(c, next);
};
