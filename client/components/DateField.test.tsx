// @vitest-environment jsdom
/** The date field as a reader uses it: shows the ISO value in the UI language, reads what is typed back. */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Providers } from '../test/fixtures';
import { DateField } from './DateField';

afterEach(cleanup);

/** The field inside a parent that keeps the ISO value, as the audit page keeps it in the URL. */
function Harness({ initial, seen }: { initial: string; seen: string[] }) {
  const [value, setValue] = useState(initial);
  return <DateField name="from" label="from" value={value} onChange={(iso) => (seen.push(iso), setValue(iso))} />;
}

const field = () => screen.getByRole('textbox') as HTMLInputElement;

describe('DateField', () => {
  it('shows the ISO value as day/month/Buddhist Era year in Thai, with the date in words', () => {
    render(<Providers><Harness initial="2026-12-01" seen={[]} /></Providers>);
    expect(field().value).toBe('01/12/2569');
    expect(document.body.textContent).toContain('1 ธันวาคม พ.ศ. 2569');
  });

  it('shows the Christian-era year in English', () => {
    render(<Providers lang="en"><Harness initial="2026-12-01" seen={[]} /></Providers>);
    expect(field().value).toBe('01/12/2026');
    expect(document.body.textContent).toContain('1 December 2026');
  });

  it('passes on a typed Thai date as ISO, only once it is a real date, and keeps the typed spelling', () => {
    const seen: string[] = [];
    render(<Providers><Harness initial="" seen={seen} /></Providers>);
    fireEvent.change(field(), { target: { value: '๑/๑๒/๒๕' } });
    expect(seen).toEqual([]);
    expect(field().getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(field(), { target: { value: '๑/๑๒/๒๕๖๙' } });
    expect(seen).toEqual(['2026-12-01']);
    expect(field().value).toBe('๑/๑๒/๒๕๖๙');
    expect(field().getAttribute('aria-invalid')).toBe('false');
    fireEvent.change(field(), { target: { value: '' } });
    expect(seen).toEqual(['2026-12-01', '']);
  });
});
