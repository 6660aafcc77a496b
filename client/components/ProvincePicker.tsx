/**
 * The header's province search (issue 11 §5): type a Thai or English name or an ISO code, pick from
 * the list with the arrow keys or the mouse, and the province opens in the round being read (else the
 * newest round with results). An ARIA combobox: the input owns a listbox of at most eight options.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../app/i18n';
import { useProvinces } from '../api/get-provinces';
import { roundsWithData, useRounds } from '../api/get-rounds';
import { navigate, useLocation } from '../lib/router';
import { paths } from '../lib/paths';
import { roundOfPath, searchProvinces } from './province-search';

export function ProvincePicker() {
  const i18n = useI18n();
  const p = i18n.t.warning.picker;
  const id = useId();
  const provinces = useProvinces();
  const latest = roundsWithData(useRounds().data?.rounds ?? [])[0];
  const { pathname } = useLocation();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  // The list closes a moment after the field loses focus; a later focus or keystroke cancels that, or a
  // blur from the last navigation (focus moves to the new page) closed the list the reader had reopened.
  const closing = useRef<ReturnType<typeof setTimeout>>(undefined);
  const keepOpen = () => clearTimeout(closing.current);
  useEffect(() => keepOpen, []);
  // The server draws the header (the overview's first screen), so a reader may type before the page is
  // hydrated; no change event reaches React for those keys. Take up what the field holds when hydrated.
  useEffect(() => {
    const typed = input.current?.value ?? '';
    if (typed !== '') {
      setQuery(typed);
      setOpen(document.activeElement === input.current);
    }
  }, []);
  const matches = searchProvinces(provinces.data?.provinces ?? [], query);
  const round = roundOfPath(pathname) ?? latest;

  const go = (iso: string) => {
    if (!round) return;
    setQuery('');
    setOpen(false);
    navigate(paths.province(round.year, round.round, iso));
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (matches.length ? (a + (e.key === 'ArrowDown' ? 1 : matches.length - 1)) % matches.length : 0));
    } else if (e.key === 'Enter' && matches[active]) {
      e.preventDefault();
      go(matches[active]!.iso);
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  };
  const showList = open && query.trim() !== '';
  return (
    <div className="province-picker">
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {p.label}
      </label>
      <input
        ref={input}
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-expanded={showList && matches.length > 0}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={showList && matches[active] ? `${id}-${matches[active]!.iso}` : undefined}
        placeholder={p.placeholder}
        value={query}
        autoComplete="off"
        onChange={(e) => {
          keepOpen();
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKey}
        onFocus={keepOpen}
        onBlur={() => {
          keepOpen();
          closing.current = setTimeout(() => setOpen(false), 150);
        }}
      />
      {showList && (
        <ul id={`${id}-list`} role="listbox" aria-label={p.label} className="province-options">
          {matches.length === 0 ? (
            <li role="presentation" className="none">
              {p.none}
            </li>
          ) : (
            matches.map((m, n) => (
              <li
                key={m.iso}
                id={`${id}-${m.iso}`}
                role="option"
                aria-selected={n === active}
                data-iso={m.iso}
                onMouseDown={(e) => {
                  e.preventDefault(); // keep focus until the click lands
                  go(m.iso);
                }}
              >
                {i18n.name(m)} <small>{i18n.lang === 'th' ? m.nameEn : m.nameTh} · {m.iso}</small>
              </li>
            ))
          )}
        </ul>
      )}
    </div>
  );
}
