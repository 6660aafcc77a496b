/**
 * One zod schema per shape, types by `z.infer`. The server's routes validate and document with these,
 * the Drizzle tables take their enums from them (server/platform/db/contracts.test.ts checks the
 * tables and the contracts agree), and the client and the notice use the same types.
 */
export * from './classification';
export * from './reference';
export * from './params';
export * from './rounds';
export * from './history';
export * from './notice';
export * from './import-report';
export * from './account';
export * from './outlook';
export * from './text';
export * from './notice-workflow';
export * from './notice-national';
export * from './notice-batch';
export * from './import-job';
export * from './audit';
export * from './import-batch';
