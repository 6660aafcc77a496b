/** Accounts: the four roles and an account as the API shows it. */
import { z } from 'zod';

/** admin: accounts + staff's work; staff: OPDC; province: one province's data; viewer: read-only national and audit (auditors). */
export const roles = ['admin', 'staff', 'province', 'viewer'] as const;
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;
