/**
 * Runs a built command-line tool: `node scripts/cli.mjs import <file>` (what `npm run import` does).
 * Rebuilds the server first only when its sources changed, then loads dist/server/<tool>.js in this
 * process, so the tool starts in plain node with only the modules it needs.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBuilt, root } from './build.mjs';

const tools = { import: 'cli/import.js', backup: 'cli/backup.js', restore: 'cli/restore.js', migrate: 'cli/migrate.js', 'audit:verify': 'cli/audit-verify.js' };
const tool = process.argv[2];
if (!(tool in tools)) {
  console.error(`Usage: node scripts/cli.mjs <${Object.keys(tools).join('|')}> [arguments]`);
  process.exit(2);
}
await ensureBuilt(['server'], { log: (l) => console.error(l) });
process.argv.splice(2, 1); // the tool reads its own arguments from argv[2] on
await import(pathToFileURL(join(root, 'dist/server', tools[tool])).href);
