/** An OpenAPIHono router whose validation failures answer 422 in the error envelope. */
import { OpenAPIHono } from '@hono/zod-openapi';
import { ApiError } from './errors';
import type { AppEnv } from './env';

export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        const issues = result.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
        const where = issues.map((i) => `${i.path}: ${i.message}`).join('; ');
        throw new ApiError(422, 'INVALID_INPUT', `Invalid request: ${where}`, `คำขอไม่ถูกต้อง: ${where}`, issues);
      }
    },
  });
}
