/**
 * Prepared statements cached per connection and SQL text. Preparing costs more than running a
 * small query, and the request hot path (session, user, round look-ups) runs the same few queries.
 *
 * `typedStatement` is the one way raw SQL is written where Drizzle's builder costs too much (the
 * import's row loops, each naming its bench figure): the row type is given from the schema
 * (`Pick<typeof table.$inferSelect, …>`, the SQL aliasing columns to those names), never cast
 * from `unknown` at the call site.
 */
import type Database from 'better-sqlite3';
import type { Statement } from 'better-sqlite3';

const caches = new WeakMap<object, Map<string, Statement>>();

/**
 * The Drizzle handle as far as this module needs it (its raw connection). Not `Db` from client.ts:
 * client.ts opens the database through the hash chain, which prepares through this module.
 */
type Handle = { $client: Database.Database };

/**
 * An untyped cached statement, for callers that read no rows (writes, pragmas) or type them themselves.
 * @example prepared(db, 'select * from rounds where id = ?').get(1)
 */
export function prepared(db: Handle, sql: string): Statement {
  // Raw by purpose: this and typedStatement are where SQL text meets the connection.
  let cache = caches.get(db.$client);
  if (!cache) caches.set(db.$client, (cache = new Map()));
  let stmt = cache.get(sql);
  if (!stmt) cache.set(sql, (stmt = db.$client.prepare(sql)));
  return stmt;
}

/** A connection: the Drizzle handle or the raw better-sqlite3 one (migrations, backup and restore open the latter). */
export type Connection = Handle | Database.Database;
/** The raw connection under either: the chain code (chain.ts) serves both, and opening a database seals on the raw one. */
export const rawOf = (c: Connection): Database.Database => ('$client' in c ? c.$client : c);

/**
 * A statement whose rows have the type `Row` (from the schema) and whose parameters are `Params`,
 * prepared once per connection and SQL text.
 *
 * @example
 * type Stored = Pick<typeof assignments.$inferSelect, 'id' | 'targetMin'>;
 * const stmt = typedStatement<Stored, [number]>(db, 'select id, target_min as targetMin from assignments where year = ?');
 * for (const a of stmt.iterate(2566)) a.targetMin; // number
 */
export function typedStatement<Row, Params extends unknown[] = []>(connection: Connection, sql: string): Statement<Params, Row> {
  const raw = rawOf(connection);
  let cache = caches.get(raw);
  if (!cache) caches.set(raw, (cache = new Map()));
  let stmt = cache.get(sql);
  if (!stmt) cache.set(sql, (stmt = raw.prepare(sql)));
  return stmt as unknown as Statement<Params, Row>; // the one place a row type is attached to SQL text
}
