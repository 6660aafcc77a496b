/**
 * The project folder (where package.json, data/ and server/ live), found by walking up from this
 * module. Walking up rather than a fixed `..`: the same code runs from server/*.ts under tsx and
 * bundled into dist/server/*.js, at different depths.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function findProjectRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'data'))) return dir;
    if (dirname(dir) === dir) throw new Error(`No project folder (package.json and data/) above ${from}`);
  }
}
