import { z } from '@hono/zod-openapi';
import { defineRoute } from '../../platform/http/guard';
import { anySignedIn } from '../../../shared/policy';
import { errorResponse, json } from '../../platform/http/errors';
import { Done, Me } from '../../../shared/contracts';

export const login = defineRoute({
  method: 'post',
  path: '/api/auth/login',
  allow: 'public',
  tags: ['auth'],
  summary: 'Sign in: sets the HttpOnly session cookie',
  request: {
    body: {
      required: true,
      content: { 'application/json': { schema: z.object({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) }) } },
    },
  },
  responses: {
    200: json(Me, 'Signed in'),
    401: errorResponse('Wrong username or password'),
    422: errorResponse('Invalid body'),
    429: errorResponse('Too many failed attempts; Retry-After says when to try again'),
  },
});

export const logout = defineRoute({
  method: 'post',
  path: '/api/auth/logout',
  allow: anySignedIn,
  duringPasswordChange: true,
  tags: ['auth'],
  summary: 'Sign out: ends the session',
  responses: { 200: json(Done, 'Signed out'), 401: errorResponse('Not signed in') },
});

export const me = defineRoute({
  method: 'get',
  path: '/api/auth/me',
  allow: 'public', // answers 401 itself when signed out,
  tags: ['auth'],
  summary: 'The signed-in user and the CSRF token',
  responses: { 200: json(Me, 'The user'), 401: errorResponse('Not signed in') },
});

export const password = defineRoute({
  method: 'post',
  path: '/api/auth/password',
  allow: anySignedIn,
  duringPasswordChange: true,
  tags: ['auth'],
  summary: 'Change your own password (required after a one-time password)',
  request: {
    body: {
      required: true,
      content: { 'application/json': { schema: z.object({ currentPassword: z.string().min(1).max(200), newPassword: z.string().min(1).max(200) }) } },
    },
  },
  responses: { 200: json(Done, 'Changed'), 401: errorResponse('Current password is wrong'), 422: errorResponse('New password too weak') },
});
