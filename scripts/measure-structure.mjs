#!/usr/bin/env node
/**
 * Measures the structure issue's figures (issue 8) on this checkout or on any commit:
 *   node scripts/measure-structure.mjs            # the working tree
 *   node scripts/measure-structure.mjs --rev c629652   # a commit (git archive into a temp folder)
 *   node scripts/measure-structure.mjs --unused   # also list exports nothing imports
 * Prints: the arrows between the top folders (client, server, shared), the largest source file, the
 * longest function bodies, and how many times the status, level, targets and indicator shapes are
 * spelled out. Source = .ts/.tsx under client/, server/, shared/, tests (*.test.*) left out.
 *
 * Uses the TypeScript 5.9 compiler API (package `typescript-api`, an alias: TypeScript 7 has no JS API).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript-api';

const args = process.argv.slice(2);
const rev = args.includes('--rev') ? args[args.indexOf('--rev') + 1] : null;
const TOPS = ['client', 'server', 'shared'];

let root = process.cwd();
let temp = null;
if (rev) {
  temp = mkdtempSync(join(tmpdir(), 'measure-structure-'));
  const tar = execFileSync('git', ['archive', '--format=tar', rev, ...TOPS], { maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', temp], { input: tar, maxBuffer: 1 << 30 });
  root = temp;
}

function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}
const files = TOPS.filter((t) => existsSync(join(root, t))).flatMap((t) => walk(join(root, t)));
const rel = (p) => relative(root, p);
const parsed = new Map(files.map((f) => [f, ts.createSourceFile(f, readFileSync(f, 'utf8'), ts.ScriptTarget.Latest, true, f.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS)]));
const lineOf = (sf, pos) => sf.getLineAndCharacterOfPosition(pos).line + 1;

// --- imports between top folders -------------------------------------------------------------
const resolveImport = (from, spec) => {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  for (const c of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx'), base.replace(/\.js$/, '.ts')]) if (parsed.has(c)) return c;
  return base; // a non-source file (CSS, JSON): still an arrow to its folder
};
const top = (p) => rel(p).split('/')[0];
const arrows = new Map();
const importsOf = new Map(); // file → [{ target, names: Set|'*' }]
for (const [file, sf] of parsed) {
  const list = [];
  sf.forEachChild((n) => {
    const spec = (ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) && n.moduleSpecifier && ts.isStringLiteral(n.moduleSpecifier) ? n.moduleSpecifier.text : null;
    if (!spec) return;
    const target = resolveImport(file, spec);
    if (!target) return;
    // A type-only import (`import type`) is erased at build time: counted apart from the running arrows.
    const typeOnly = ts.isImportDeclaration(n) ? !!n.importClause?.isTypeOnly : n.isTypeOnly;
    const key = `${top(file)} → ${top(target)}${typeOnly ? ' (types only)' : ''}`;
    if (top(file) !== top(target)) arrows.set(key, (arrows.get(key) ?? 0) + 1);
    let names = new Set();
    if (ts.isImportDeclaration(n)) {
      const c = n.importClause;
      if (c?.name) names.add('default');
      if (c?.namedBindings && ts.isNamespaceImport(c.namedBindings)) names = '*';
      else c?.namedBindings?.elements.forEach((e) => names.add((e.propertyName ?? e.name).text));
    } else names = n.exportClause && ts.isNamedExports(n.exportClause) ? new Set(n.exportClause.elements.map((e) => (e.propertyName ?? e.name).text)) : '*';
    list.push({ target, names, reexport: ts.isExportDeclaration(n) });
  });
  importsOf.set(file, list);
}

// --- the largest file and the longest functions ----------------------------------------------
const sizes = files.map((f) => ({ file: rel(f), lines: readFileSync(f, 'utf8').split('\n').length })).sort((a, b) => b.lines - a.lines);
const functions = [];
for (const [file, sf] of parsed) {
  const visit = (n) => {
    if ((ts.isFunctionLike(n) && n.body) || false) {
      const name = n.name?.getText(sf) ?? (ts.isVariableDeclaration(n.parent) ? n.parent.name.getText(sf) : ts.isPropertyAssignment(n.parent) ? n.parent.name.getText(sf) : '(anonymous)');
      functions.push({ where: `${rel(file)}:${lineOf(sf, n.getStart(sf))}`, name, lines: lineOf(sf, n.body.end) - lineOf(sf, n.body.getStart(sf)) + 1 });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
}
functions.sort((a, b) => b.lines - a.lines);

// --- declared copies of status / level / targets / indicator ---------------------------------
// A copy is a place that spells the shape out: an enumeration (array literal, union of string literal
// types, z.enum) holding every value of the status or the level; a type literal, interface,
// z.object({…}) or Drizzle table whose members include min/std/adv (targets; not belowMin, which makes
// it level counts) or targetMin/Std/Adv, or code + nameTh +
// (unitTh or direction) (indicator). Derived shapes (.pick, .extend of another, z.infer) are not copies.
const STATUS = ['notReported', 'belowMin', 'metMin', 'pending'];
const LEVEL = ['belowMin', 'min', 'std', 'adv'];
const copies = { status: [], level: [], targets: [], indicator: [] };
const strings = (n) => {
  // An array declared with a type (`const order: Status[] = [...]`) is checked against the shape by the
  // compiler: an ordering of it, not a copy.
  if (ts.isArrayLiteralExpression(n) && !(ts.isVariableDeclaration(n.parent) && n.parent.type)) return n.elements.filter(ts.isStringLiteralLike).map((e) => e.text);
  if (ts.isUnionTypeNode(n)) return n.types.filter((t) => ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal)).map((t) => t.literal.text);
  return null;
};
const memberNames = (n) => {
  if (ts.isTypeLiteralNode(n) || ts.isInterfaceDeclaration(n)) return n.members.map((m) => m.name?.getText()).filter(Boolean);
  if (ts.isObjectLiteralExpression(n) && ts.isCallExpression(n.parent)) {
    const callee = n.parent.expression.getText();
    if (/(^|\.)object$|(^|\.)strictObject$|sqliteTable$/.test(callee)) return n.properties.map((p) => p.name?.getText()).filter(Boolean).map((s) => s.replace(/['"]/g, ''));
  }
  return null;
};
for (const [file, sf] of parsed) {
  const visit = (n) => {
    const where = `${rel(file)}:${lineOf(sf, n.getStart(sf))}`;
    const s = strings(n);
    if (s) {
      if (STATUS.every((v) => s.includes(v))) copies.status.push(where);
      if (LEVEL.every((v) => s.includes(v))) copies.level.push(where);
    }
    const m = memberNames(n);
    if (m) {
      if ((['min', 'std', 'adv'].every((k) => m.includes(k)) && !m.includes('belowMin')) || ['targetMin', 'targetStd', 'targetAdv'].every((k) => m.includes(k))) copies.targets.push(where);
      if (m.includes('code') && m.includes('nameTh') && (m.includes('unitTh') || m.includes('direction'))) copies.indicator.push(where);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
}

// --- report ------------------------------------------------------------------------------------
console.log(`structure of ${rev ? `commit ${rev}` : 'the working tree'}: ${files.length} source files (tests left out)`);
console.log('\narrows between top folders (import statements):');
for (const [k, n] of [...arrows].sort()) console.log(`  ${k}: ${n}`);
console.log('\nlargest files (lines):');
for (const s of sizes.slice(0, 5)) console.log(`  ${s.lines}  ${s.file}`);
console.log('\nlongest function bodies (lines):');
for (const f of functions.slice(0, 5)) console.log(`  ${f.lines}  ${f.name}  ${f.where}`);
console.log('\nshapes spelled out (see the comment in this script for what counts):');
for (const [k, list] of Object.entries(copies)) console.log(`  ${k}: ${list.length}  ${list.join(', ')}`);

if (args.includes('--unused')) {
  // Exports no other source file names (tests and scripts do not count as users). Approximate: a
  // namespace import or `export *` marks every export of its target used.
  const used = new Map();
  const mark = (file, names) => {
    const set = used.get(file) ?? new Set();
    if (names === '*') set.add('*');
    else names.forEach((x) => set.add(x));
    used.set(file, set);
  };
  // `export *` passes the names on: follow barrels until nothing changes.
  for (const list of importsOf.values()) for (const i of list) mark(i.target, i.names);
  for (let changed = true; changed; ) {
    changed = false;
    for (const [file, list] of importsOf) {
      const mine = used.get(file);
      if (!mine) continue;
      for (const i of list.filter((x) => x.reexport && x.names === '*')) {
        const before = used.get(i.target)?.size ?? 0;
        mark(i.target, mine);
        if ((used.get(i.target)?.size ?? 0) !== before) changed = true;
      }
    }
  }
  console.log('\nexports nothing in client/, server/ or shared/ imports:');
  for (const [file, sf] of parsed) {
    const u = used.get(file) ?? new Set();
    if (u.has('*')) continue;
    const names = [];
    sf.forEachChild((n) => {
      const exported = n.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
      if (!exported) return;
      if (ts.isVariableStatement(n)) n.declarationList.declarations.forEach((d) => names.push(d.name.getText(sf)));
      else if (n.name) names.push(n.name.getText(sf));
    });
    const unused = names.filter((x) => !u.has(x));
    if (unused.length) console.log(`  ${rel(file)}: ${unused.join(', ')}`);
  }
}
if (temp) rmSync(temp, { recursive: true, force: true });
