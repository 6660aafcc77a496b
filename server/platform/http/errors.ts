/**
 * One error envelope for every failure: `{ error: { code, message, messageTh, details? } }`.
 * Handlers throw ApiError; `app.onError` turns it (or anything unexpected) into that envelope.
 */
import { z } from '@hono/zod-openapi';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'NOT_FOUND' }),
      message: z.string().openapi({ example: 'Unknown province TH-99.' }),
      messageTh: z.string().openapi({ example: 'ไม่พบจังหวัด TH-99' }),
      details: z.unknown().optional(),
    }),
  })
  .openapi('Error');
export type ErrorBody = z.infer<typeof ErrorBody>;

export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly messageTh: string,
    readonly details?: unknown,
  ) {
    super(message);
  }

  toBody(): ErrorBody {
    return { error: { code: this.code, message: this.message, messageTh: this.messageTh, ...(this.details === undefined ? {} : { details: this.details }) } };
  }
}

export const notFound = (what: string, th: string) => new ApiError(404, 'NOT_FOUND', `${what} was not found.`, `ไม่พบ${th}`);

/** The documented error responses every route shares. */
export const errorResponses = {
  404: { description: 'Unknown year, round, province or indicator', content: { 'application/json': { schema: ErrorBody } } },
  422: { description: 'Invalid input', content: { 'application/json': { schema: ErrorBody } } },
} as const;

/** A JSON response entry for createRoute's `responses`. */
export const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });

/** A documented error response (the envelope) for createRoute's `responses`. */
export const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: ErrorBody } } });

/** A zod validation failure as the 422 envelope, each problem with its field path. */
export function invalidInput(error: { issues: { path: PropertyKey[]; message: string }[] }): ApiError {
  const issues = error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
  const where = issues.map((i) => `${i.path}: ${i.message}`).join('; ');
  return new ApiError(422, 'INVALID_INPUT', `Invalid request: ${where}`, `คำขอไม่ถูกต้อง: ${where}`, issues);
}
