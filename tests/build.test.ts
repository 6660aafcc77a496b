/**
 * `npm start` builds only what changed: a second check with unchanged sources builds nothing and
 * leaves the output untouched, and the built server starts under plain node (no TypeScript loader).
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureBuilt, root } from '../scripts/build.mjs';
import { startServer } from './helpers/server';

describe('build on source change only', () => {
  it('builds the server when needed, then not again while the sources are unchanged', async () => {
    await ensureBuilt(['server'], { log: () => {} });
    const main = join(root, 'dist/server/main.js');
    const builtAt = statSync(main).mtimeMs;
    expect(await ensureBuilt(['server'], { log: () => {} })).toEqual([]);
    expect(statSync(main).mtimeMs).toBe(builtAt);
  }, 120_000);

  it('runs the built server with node: migrates, loads the demo and answers', async () => {
    const server = await startServer({ script: 'dist/server/main.js' });
    try {
      expect(server.output()).toContain('Empty database: loading the demo data');
      expect((await fetch(`${server.baseUrl}/api/health`)).status).toBe(200);
    } finally {
      await server.stop();
    }
  }, 120_000);
});
