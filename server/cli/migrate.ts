/** `npm run migrate`: applies migrations to the database named by KPI_DB. */
import { loadConfig } from '../platform/config';
import { openDatabase } from '../platform/db/client';

const config = loadConfig();
openDatabase(config.dbPath).$client.close();
console.log(`Migrated ${config.dbPath}`);
