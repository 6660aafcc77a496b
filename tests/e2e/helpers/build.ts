/**
 * Builds the client for end-to-end tests and the bench the one way `npm start` does (scripts/build.mjs:
 * only when the sources' hash changed, with the pre-compressed files the server sends).
 */
import { ensureBuilt } from '../../../scripts/build.mjs';

/** `force` always builds (the bench measures fresh output). */
export async function ensureClientBuilt(force = false): Promise<void> {
  await ensureBuilt(['client'], { force, log: () => {} });
}
