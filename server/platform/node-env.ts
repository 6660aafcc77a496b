/**
 * Imported first by server/main.ts (and set by scripts/start.mjs before the built server loads): React,
 * which renders the notices' printable HTML and the overview's first screen on the server, picks its
 * development or production build from NODE_ENV when it is first loaded. Unset, it took the development
 * build, whose element checks and stack capture made a notice's HTML ~3× dearer (measured, issue 10:
 * 76 notices' HTML 512–553 ms CPU vs 169–180 ms). The Docker image sets NODE_ENV=production; a plain
 * `npm start` or the bench's servers did not. An explicit NODE_ENV (vitest's `test`) is kept.
 */
process.env.NODE_ENV ??= 'production';
