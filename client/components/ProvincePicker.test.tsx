// @vitest-environment jsdom
/** The header's province search as a reader uses it, around focus moves (e.g. to a new page after navigating). */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { provincesKey, roundKeys } from '../api/keys';
import { I18nProvider } from '../app/i18n';
import { ProvincePicker } from './ProvincePicker';

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function renderPicker() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  client.setQueryData(provincesKey, {
    provinces: [
      { iso: 'TH-15', code: '15', nameTh: 'อ่างทอง', nameEn: 'Ang Thong', inMeasure: true },
      { iso: 'TH-20', code: '20', nameTh: 'ชลบุรี', nameEn: 'Chon Buri', inMeasure: true },
    ],
  });
  client.setQueryData(roundKeys.all, { rounds: [{ year: 2566, round: 6, results: 676 }] });
  render(
    <QueryClientProvider client={client}>
      <I18nProvider initialLang="en">
        <ProvincePicker />
      </I18nProvider>
    </QueryClientProvider>,
  );
  return screen.getByRole('combobox') as HTMLInputElement;
}

const options = () => screen.queryAllByRole('option').map((o) => o.getAttribute('data-iso'));

describe('ProvincePicker', () => {
  it('closes its list a moment after the field loses focus', () => {
    const input = renderPicker();
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: 'TH-15' } });
    expect(options()).toEqual(['TH-15']);
    fireEvent.blur(input);
    act(() => void vi.advanceTimersByTime(200));
    expect(options()).toEqual([]);
  });

  it('keeps a list reopened right after a blur (focus moved to the new page, the reader typed again at once)', () => {
    const input = renderPicker();
    fireEvent.blur(input); // the last navigation moved focus to the page
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: 'TH-15' } });
    act(() => void vi.advanceTimersByTime(500));
    expect(options()).toEqual(['TH-15']);
  });
});
