/**
 * Builds what `npm start` and the CLI run, each part only when its sources changed: a hash of the
 * sources is stored beside the output (dist/<part>/.source-hash) and compared on the next start.
 * Plain JavaScript run by node itself, so checking costs milliseconds, not a TypeScript loader.
 *
 *   node scripts/build.mjs            build what is out of date
 *   node scripts/build.mjs --force    build everything
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** What each part is built from (the lock file too: a changed dependency can change the output). */
const parts = {
  client: { out: 'dist/client', sources: ['client', 'shared', 'data/map', 'vite.config.ts', 'package-lock.json', 'tsconfig.base.json'] },
  server: { out: 'dist/server', sources: ['server', 'shared', 'package-lock.json', 'scripts/build.mjs'] },
};

/** The built server's entry points: the server and its import worker. */
export const serverEntries = ['server/main.ts', 'server/modules/imports/worker/import-worker.ts'];
/** The command-line tools, built on their own into dist/server/cli/ (see buildCliTools). */
export const cliEntries = ['server/cli/import.ts', 'server/cli/backup.ts', 'server/cli/restore.ts', 'server/cli/migrate.ts', 'server/cli/audit-verify.ts'];
/**
 * What the tools still load from node_modules: native bindings, and packages loaded only on a path a
 * small import never takes (exceljs for large sheets) or that a tool never takes (Chromium, argon2).
 */
const cliExternal = ['better-sqlite3', '@node-rs/*', 'playwright-core', '@sparticuz/*', 'pdf-lib', 'yazl'];
/**
 * zod's messages in its other 40-odd languages (a quarter of a MB, most of what zod adds to a tool):
 * nothing here sets a locale but English, which zod configures from its own en.js.
 */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup: (b) => {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (a) => (/[\\/]zod[\\/]v4[\\/](classic|core)[\\/]/.test(a.importer) ? { path: 'zod-locales', namespace: 'zod-english-only' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};
/** exceljs itself stays out, but not its number-format table (one small file the fast .xlsx reader uses). */
const exceljsOnly = { name: 'exceljs-external', setup: (b) => b.onResolve({ filter: /^exceljs$/ }, (a) => ({ path: a.path, external: true })) };

function* files(path) {
  const s = statSync(path, { throwIfNoEntry: false });
  if (!s) return;
  if (s.isFile()) {
    yield path;
    return;
  }
  // Directory entries carry their type: one stat per file instead of two (every CLI run checks this).
  for (const entry of readdirSync(path, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const child = join(path, entry.name);
    if (entry.isFile()) yield child;
    else if (entry.isDirectory() || entry.isSymbolicLink()) yield* files(child);
  }
}

/** Content hash of a part's sources (content, not mtimes: a checkout touches every mtime). */
export function sourceHash(part) {
  const h = createHash('sha256');
  for (const src of parts[part].sources) {
    for (const f of files(join(root, src))) {
      if (/\.test\.tsx?$/.test(f)) continue; // tests are not part of the build
      h.update(relative(root, f)).update('\0').update(readFileSync(f)).update('\0');
    }
  }
  return h.digest('hex');
}

/** Names, sizes and mtimes only: when these match the last build's, reading every source is skipped. */
function statFingerprint(part) {
  const h = createHash('sha256');
  for (const src of parts[part].sources) {
    for (const f of files(join(root, src))) {
      const s = statSync(f);
      h.update(`${relative(root, f)}\0${s.size}\0${s.mtimeMs}\0`);
    }
  }
  return h.digest('hex');
}

const hashFile = (part) => join(root, parts[part].out, '.source-hash');
const statFile = (part) => join(root, parts[part].out, '.source-stat');
const readOr = (f) => (existsSync(f) ? readFileSync(f, 'utf8') : null);
export const isFresh = (part, hash = sourceHash(part)) => readOr(hashFile(part)) === hash;

const COMPRESSIBLE = /\.(js|mjs|css|html|json|svg|txt|map)$/;

/** Writes `.br` and `.gz` beside each compressible file, for serveStatic's `precompressed` (max quality: done once). */
export function precompress(dir) {
  for (const f of files(dir)) {
    if (!COMPRESSIBLE.test(f)) continue;
    const bytes = readFileSync(f);
    if (bytes.byteLength < 1024) continue;
    writeFileSync(`${f}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength } }));
    writeFileSync(`${f}.gz`, gzipSync(bytes, { level: 9 }));
  }
}

async function buildClient() {
  const vite = join(root, 'node_modules/vite/bin/vite.js');
  execFileSync(process.execPath, [vite, 'build'], { cwd: root, stdio: 'inherit' });
  precompress(join(root, parts.client.out));
  // The overview's first screen for the server to draw (server/platform/http/first-screen-render.ts).
  execFileSync(process.execPath, [vite, 'build', '--ssr', 'entry-server.tsx', '--outDir', '../dist/ssr', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
}

async function buildServer() {
  const { build } = await import('esbuild');
  rmSync(join(root, parts.server.out), { recursive: true, force: true });
  await build({
    entryPoints: serverEntries.map((e) => join(root, e)),
    outbase: join(root, 'server'),
    outdir: join(root, parts.server.out),
    bundle: true,
    splitting: true, // the entry points share most modules: one copy each
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external', // dependencies load from node_modules as usual
    sourcemap: true,
    logLevel: 'warning',
  });
  await buildCliTools(build);
}

/**
 * The command-line tools with their pure-JavaScript dependencies (zod, drizzle-orm) bundled in.
 * Measured (issue 10): node's ESM loader resolves, reads and compiles each file on its own, and the
 * ~210 files of zod and drizzle-orm were most of `npm run import`'s start (process start to main
 * ~270 ms of a ~410 ms import of the demo round); one bundled file loads in a fraction of that. The
 * server keeps `packages: 'external'`: its start-up is not a per-file cost worth a second copy.
 */
async function buildCliTools(build) {
  await build({
    entryPoints: cliEntries.map((e) => join(root, e)),
    outbase: join(root, 'server/cli'),
    outdir: join(root, parts.server.out, 'cli'),
    bundle: true,
    splitting: true, // keeps dynamic imports (exceljs's reader) out of the tools' first load
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: cliExternal,
    plugins: [exceljsOnly, zodEnglishOnly],
    // Bundled CommonJS code may call require(); an ES module has none of its own.
    banner: { js: "import { createRequire as __cliRequire } from 'node:module'; const require = __cliRequire(import.meta.url);" },
    minify: true, // less to parse on every run
    sourcemap: true,
    logLevel: 'warning',
  });
}

/** Builds each out-of-date part (or every part with `force`); returns the parts it built. */
export async function ensureBuilt(which = ['client', 'server'], { force = false, log = console.log } = {}) {
  const built = [];
  for (const part of which) {
    const stat = statFingerprint(part);
    if (!force && readOr(statFile(part)) === stat) continue;
    // Touched files (a checkout, an editor's save) need not mean changed content: compare the content.
    const hash = sourceHash(part);
    if (force || !isFresh(part, hash)) {
      log(`Building the ${part} (sources changed)…`);
      await (part === 'client' ? buildClient() : buildServer());
      writeFileSync(hashFile(part), hash);
      built.push(part);
    }
    writeFileSync(statFile(part), stat);
  }
  return built;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const force = process.argv.includes('--force');
  const only = ['client', 'server'].filter((p) => process.argv.includes(`--${p}`));
  ensureBuilt(only.length ? only : ['client', 'server'], { force }).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
