import { z } from '@hono/zod-openapi';
import { defineRoute } from '../../platform/http/guard';
import { canManageUsers } from '../../../shared/policy';
import { errorResponse, json } from '../../platform/http/errors';
import { IsoCode, OneTimePassword, Role, TypedText, UserCreated, UserList, UserUpdated } from '../../../shared/contracts';
import { textLimits } from '../../../shared/text-rules';

const Iso = IsoCode;

const IdParam = z.object({ id: z.coerce.number().int().positive().openapi({ param: { name: 'id', in: 'path' }, example: 2 }) });

export const list = defineRoute({
  method: 'get',
  path: '/api/users',
  allow: canManageUsers,
  tags: ['users'],
  summary: 'All accounts (admin)',
  responses: { 200: json(UserList, 'Accounts') },
});

export const create = defineRoute({
  method: 'post',
  path: '/api/users',
  allow: canManageUsers,
  tags: ['users'],
  summary: 'Create an account with a one-time password (admin)',
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z.object({
            username: z.string().trim().regex(/^[A-Za-z0-9._-]{3,40}$/, '3–40 letters, digits, dot, dash or underscore'),
            displayName: TypedText(textLimits.displayName, { singleLine: true }).trim().min(1),
            role: Role,
            provinceIso: Iso.nullable().optional(),
          }),
        },
      },
    },
  },
  responses: { 201: json(UserCreated, 'Created; the password is shown once'), 409: errorResponse('Username taken'), 422: errorResponse('Invalid') },
});

export const update = defineRoute({
  method: 'patch',
  path: '/api/users/{id}',
  allow: canManageUsers,
  tags: ['users'],
  summary: 'Change an account’s name, role, province or active flag (admin)',
  request: {
    params: IdParam,
    body: {
      required: true,
      content: { 'application/json': { schema: z.object({ displayName: TypedText(textLimits.displayName, { singleLine: true }).trim().min(1).optional(), role: Role.optional(), provinceIso: Iso.nullable().optional(), active: z.boolean().optional() }) } },
    },
  },
  responses: { 200: json(UserUpdated, 'Updated'), 404: errorResponse('No such user'), 422: errorResponse('Invalid') },
});

export const resetPassword = defineRoute({
  method: 'post',
  path: '/api/users/{id}/password',
  allow: canManageUsers,
  tags: ['users'],
  summary: 'Issue a new one-time password (admin)',
  request: { params: IdParam },
  responses: { 200: json(OneTimePassword, 'The new one-time password, shown once'), 404: errorResponse('No such user') },
});
