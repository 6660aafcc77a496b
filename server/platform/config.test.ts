/** Configuration is read once, in config.ts: the import's row bound too, checked like every other variable. */
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import { readLimits } from '../modules/imports/pipeline/limits';

describe('KPI_IMPORT_MAX_ROWS', () => {
  it('defaults to 200,000 rows and takes a whole number above 0', () => {
    expect(loadConfig({}).importMaxRows).toBe(200_000);
    expect(loadConfig({ KPI_IMPORT_MAX_ROWS: '5000' }).importMaxRows).toBe(5000);
  });

  it('stops the start with the variable named rather than fall back silently', () => {
    for (const bad of ['lots', '0', '-5', '2.5']) expect(() => loadConfig({ KPI_IMPORT_MAX_ROWS: bad }), bad).toThrow(/KPI_IMPORT_MAX_ROWS/);
  });

  it("is the import reader's row limit unless a caller overrides it", () => {
    expect(readLimits().maxRows).toBe(loadConfig(process.env).importMaxRows);
    expect(readLimits({ maxRows: 5 }).maxRows).toBe(5);
  });
});
