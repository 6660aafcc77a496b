/** Types for scripts/build.mjs (plain JavaScript, so `npm start` needs no TypeScript loader). */
export type Part = 'client' | 'server';
export const root: string;
export const serverEntries: string[];
export const cliEntries: string[];
export function sourceHash(part: Part): string;
export function isFresh(part: Part, hash?: string): boolean;
export function precompress(dir: string): void;
/** Builds each out-of-date part (or every part with `force`); returns the parts it built. */
export function ensureBuilt(which?: Part[], opts?: { force?: boolean; log?: (message: string) => void }): Promise<Part[]>;
