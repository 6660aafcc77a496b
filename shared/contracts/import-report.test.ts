import { describe, expect, it } from 'vitest';
import { fileRefusal, type ImportIssue } from './import-report';

const issue = (code: string, row: number | null = null): ImportIssue => ({ row, column: null, header: null, code, th: code, en: code, value: null });

describe('fileRefusal', () => {
  it('answers 415 for a file that is not a spreadsheet, even beside a size problem', () => {
    expect(fileRefusal({ errors: [issue('TOO_MANY_ROWS'), issue('LEGACY_XLS')] })).toEqual({ issue: issue('LEGACY_XLS'), status: 415 });
  });
  it('answers 413 for a spreadsheet past a reading limit', () => {
    expect(fileRefusal({ errors: [issue('UNKNOWN_PROVINCE', 4), issue('COMPRESSION_RATIO')] })).toEqual({ issue: issue('COMPRESSION_RATIO'), status: 413 });
  });
  it('leaves row problems, and a file code reported on a row, to the 422 report', () => {
    expect(fileRefusal({ errors: [issue('UNKNOWN_PROVINCE', 4), issue('CELL_TOO_LONG', 7)] })).toBeNull();
    expect(fileRefusal({ errors: [] })).toBeNull();
  });
});
