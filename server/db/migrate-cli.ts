/** `npm run migrate`: applies migrations to the database named by KPI_DB. */
import { loadConfig } from '../config';
import { openDatabase } from './client';

const config = loadConfig();
openDatabase(config.dbPath).$client.close();
console.log(`Migrated ${config.dbPath}`);
