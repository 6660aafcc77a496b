// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { makeI18n } from '../../app/i18n';
import { Providers, provinceRefs, realShapes } from '../../test/fixtures';
import { categoriseByIndicator, countCategories, levelScheme } from './categories';
import { categoryFill, patternIds } from './fills';
import { MapLegend } from './MapLegend';
import { indicatorMapView, legendRows, type DetailedItem } from './map-view';
import { ProvinceMap } from './ProvinceMap';

afterEach(cleanup);

const targets = { min: 707.14, std: 744.34, adv: 802.25 };
const items: DetailedItem[] = [
  { iso: 'TH-15', component: null, status: 'belowMin', level: 'belowMin', targets, result: { kind: 'value', value: 449.21 } },
  { iso: 'TH-20', component: null, status: 'metMin', level: 'adv', targets, result: { kind: 'value', value: 900 } },
  { iso: 'TH-21', component: null, status: 'metMin', level: 'min', targets, result: { kind: 'value', value: 710 } },
  { iso: 'TH-22', component: null, status: 'metMin', level: 'std', targets, result: { kind: 'value', value: 750 } },
  { iso: 'TH-23', component: null, status: 'notReported', level: null, targets, result: { kind: 'notReported' } },
  { iso: 'TH-24', component: null, status: 'pending', level: null, targets, result: { kind: 'pending' } },
];
const i18n = makeI18n('th', 'arabic');
const entries = indicatorMapView(categoriseByIndicator(items, provinceRefs()), { unit: 'ล้านบาท', decimals: 2 }, i18n);

function renderMap() {
  return render(
    <Providers>
      <ProvinceMap
        shapes={realShapes()}
        entries={entries}
        label="แผนที่"
        colourKey="ECO-05"
        nameOf={(s) => s.nameTh}
        hrefFor={(iso) => (iso === 'TH-10' ? null : `/provinces/2566/6/${iso}`)}
        outsideLabel="กทม. ไม่อยู่ในมาตรการ"
        openHint="คลิก"
      />
    </Providers>,
  );
}

const pathOf = (container: HTMLElement, iso: string) => container.querySelector<SVGPathElement>(`path[data-iso="${iso}"]`)!;

describe('ProvinceMap colouring', () => {
  it('draws all 77 provinces joined on ISO code', () => {
    const { container } = renderMap();
    expect(container.querySelectorAll('path[data-iso]')).toHaveLength(77);
  });

  it('fills each level with its colour, below minimum and the neutrals with their patterns', () => {
    const { container } = renderMap();
    const fill = (iso: string) => pathOf(container, iso).getAttribute('fill');
    expect(fill('TH-15')).toBe(`url(#${patternIds.belowMin})`); // hatched red
    expect(fill('TH-21')).toBe(categoryFill.min);
    expect(fill('TH-22')).toBe(categoryFill.std);
    expect(fill('TH-20')).toBe(categoryFill.adv);
    expect(fill('TH-23')).toBe(`url(#${patternIds.notReported})`); // cross-hatch
    expect(fill('TH-24')).toBe(`url(#${patternIds.pending})`); // dots
    expect(fill('TH-50')).toBe(categoryFill.notAssigned); // plain light grey
    expect(fill('TH-10')).toBe(`url(#${patternIds.outside})`);
    // Every neutral is distinguishable from the others and from red.
    const neutrals = new Set([fill('TH-23'), fill('TH-24'), fill('TH-50'), fill('TH-10'), fill('TH-15')]);
    expect(neutrals.size).toBe(5);
  });

  it('gives every province an accessible name with the status in words, result, unit and targets', () => {
    const { container } = renderMap();
    const p = pathOf(container, 'TH-15');
    expect(p.getAttribute('role')).toBe('link');
    expect(p.getAttribute('tabindex')).toBe('0');
    expect(p.getAttribute('aria-label')).toBe(
      'อ่างทอง: ต่ำกว่าค่าเป้าหมายขั้นต้น. ผล: 449.21 ล้านบาท. ค่าเป้าหมาย ขั้นต้น 707.14 · มาตรฐาน 744.34 · ขั้นสูง 802.25',
    );
    const bangkok = pathOf(container, 'TH-10');
    expect(bangkok.getAttribute('role')).toBe('img');
    expect(bangkok.hasAttribute('tabindex')).toBe(false);
    expect(bangkok.getAttribute('aria-label')).toContain('ไม่อยู่ในมาตรการ');
    expect(container.textContent).toContain('กทม. ไม่อยู่ในมาตรการ');
  });

  it('shows a tooltip on keyboard focus and opens the province page with Enter', () => {
    const { container } = renderMap();
    const p = pathOf(container, 'TH-15');
    fireEvent.focus(p);
    const tip = screen.getByRole('tooltip');
    expect(tip.textContent).toContain('อ่างทอง');
    expect(tip.textContent).toContain('449.21 ล้านบาท');
    fireEvent.keyDown(p, { key: 'Enter' });
    expect(window.location.pathname).toBe('/provinces/2566/6/TH-15');
    fireEvent.blur(p);
    expect(screen.queryByRole('tooltip')).toBeNull();
  });
});

describe('MapLegend counts', () => {
  it('counts provinces per category, with the same fill as the map', () => {
    const counts = countCategories(levelScheme, entries.values());
    const { container } = render(<MapLegend title="คำอธิบาย" rows={legendRows(levelScheme, counts, i18n)} formatCount={(n) => String(n)} />);
    const count = (c: string) => within(container.querySelector<HTMLElement>(`li[data-category="${c}"]`)!).getByText(/^\d+$/).textContent;
    expect(count('belowMin')).toBe('1');
    expect(count('min')).toBe('1');
    expect(count('std')).toBe('1');
    expect(count('adv')).toBe('1');
    expect(count('notReported')).toBe('1');
    expect(count('pending')).toBe('1');
    expect(count('notAssigned')).toBe(String(76 - 6));
    expect(count('outside')).toBe('1');
    expect(container.querySelector('li[data-category="belowMin"] rect')!.getAttribute('fill')).toBe(`url(#${patternIds.belowMin})`);
    expect(container.textContent).toContain('ไม่รายงานผล');
  });
});
