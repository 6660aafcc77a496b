/**
 * `npm start`: builds the client and the server only when their sources changed (scripts/build.mjs),
 * then runs the built server in this same process — plain node, no TypeScript loader, no second
 * process start. The server migrates, loads the demo into an empty database and serves.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBuilt, root } from './build.mjs';

await ensureBuilt(['client', 'server']);
process.env.NODE_ENV ??= 'production'; // before the server's React loads: server/platform/node-env.ts
await import(pathToFileURL(join(root, 'dist/server/main.js')).href);
