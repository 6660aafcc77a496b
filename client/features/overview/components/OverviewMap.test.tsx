// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { categoryFill, patternIds } from '../../../components/map/fills';
import { Providers, provinceRefs } from '../../../test/fixtures';
import type { Indicator } from '../api/get-indicators';
import type { RoundItem } from '../api/get-round-items';
import { OverviewMap } from './OverviewMap';

afterEach(cleanup);
beforeEach(() => window.history.replaceState(null, '', '/overview/2566/6'));

const targets = { min: 100, std: 110, adv: 120 };
const item = (iso: string, indicatorCode: string, status: RoundItem['status'], level: RoundItem['level'], value: number | null): RoundItem => ({
  iso,
  indicatorCode,
  component: null,
  targets,
  result: value === null ? { kind: 'notReported' } : { kind: 'value', value },
  status,
  level,
  score: null,
});
const items: RoundItem[] = [
  item('TH-15', 'ECO-05', 'belowMin', 'belowMin', 50),
  item('TH-15', 'SOC-01', 'belowMin', 'belowMin', 60),
  item('TH-15', 'ECO-01', 'metMin', 'std', 112),
  item('TH-20', 'ECO-05', 'metMin', 'adv', 130),
  item('TH-20', 'ECO-01', 'metMin', 'min', 101),
  item('TH-21', 'ECO-01', 'notReported', null, null),
];
const indicator = (code: string, nameTh: string): Indicator => ({
  id: code.length,
  code,
  year: 2566,
  seq: 1,
  nameTh,
  nameEn: code,
  group: code.startsWith('ECO') ? 'economic' : 'social',
  unitTh: 'ล้านบาท',
  decimals: 2,
  unitEn: 'million baht',
  direction: 'higher',
  kind: 'quantity',
  accumulates: true,
  hasComponents: false,
  componentLabelTh: null,
  componentLabelEn: null,
  example: false,
  source: 'test',
  provinceCount: 2,
});
const indicators = [indicator('ECO-01', 'ศูนย์ขจัดความยากจน'), indicator('ECO-05', 'รายได้จากการท่องเที่ยว'), indicator('SOC-01', 'หมู่บ้านปลอดยาเสพติด')];

function renderOverviewMap() {
  return render(
    <Providers>
      <OverviewMap year={2566} round={6} items={items} indicators={indicators} provinces={provinceRefs()} attribution="boundaries" />
    </Providers>,
  );
}

const fill = (container: HTMLElement, iso: string) => container.querySelector(`path[data-iso="${iso}"]`)!.getAttribute('fill');
const legendCount = (container: HTMLElement, category: string) => container.querySelector(`li[data-category="${category}"] .legend-count`)!.textContent;

describe('OverviewMap', () => {
  it('by default, without an indicator, colours each province by its count of items below minimum in traffic-light bands', () => {
    const { container } = renderOverviewMap();
    expect(container.querySelector('svg[data-colour-key]')!.getAttribute('data-colour-key')).toBe('overall');
    expect(fill(container, 'TH-15')).toBe(categoryFill.count1); // 2 items below minimum (band 1–2)
    expect(fill(container, 'TH-20')).toBe(categoryFill.count0);
    expect(fill(container, 'TH-21')).toBe(categoryFill.noCount); // only a not-reported item: nothing to judge
    expect(legendCount(container, 'count1')).toBe('1');
    expect(legendCount(container, 'count0')).toBe('1');
    expect(legendCount(container, 'noCount')).toBe('1');
    expect(legendCount(container, 'notAssigned')).toBe(String(76 - 3));
    expect(container.querySelector('li[data-category="hidden"]')).toBeNull();
  });

  it('a province user’s map calls the other provinces "other provinces", never "not assigned"', () => {
    const { container } = render(
      <Providers>
        <OverviewMap year={2566} round={6} items={items.filter((i) => i.iso === 'TH-15')} indicators={indicators} provinces={provinceRefs()} attribution="b" ownProvince="TH-15" />
      </Providers>,
    );
    expect(fill(container, 'TH-15')).toBe(categoryFill.count1);
    expect(fill(container, 'TH-20')).toBe(categoryFill.hidden);
    expect(legendCount(container, 'hidden')).toBe('75');
    expect(legendCount(container, 'notAssigned')).toBe('0');
    expect(container.querySelector('li[data-category="hidden"]')!.textContent).toContain('จังหวัดอื่น');
  });

  it('against the same round last year: fewer items below minimum is better, more is worse', () => {
    window.history.replaceState(null, '', '/overview/2566/6?map=last-year');
    const lastYear = [item('TH-15', 'ECO-05', 'belowMin', 'belowMin', 50), item('TH-20', 'ECO-05', 'belowMin', 'belowMin', 80), item('TH-21', 'ECO-01', 'metMin', 'std', 111)];
    const { container } = render(
      <Providers>
        <OverviewMap year={2566} round={6} items={items} indicators={indicators} provinces={provinceRefs()} attribution="b" lastYear={lastYear} />
      </Providers>,
    );
    expect(container.querySelector('svg[data-colour-key]')!.getAttribute('data-colour-key')).toBe('last-year:overall');
    expect(fill(container, 'TH-15')).toBe(categoryFill.worse); // 2 now, 1 then
    expect(fill(container, 'TH-20')).toBe(categoryFill.better); // 0 now, 1 then
    expect(fill(container, 'TH-21')).toBe(categoryFill.noCompare); // not reported now
  });

  it('the share view colours by the share of each province’s items below minimum', () => {
    window.history.replaceState(null, '', '/overview/2566/6?map=share');
    const { container } = renderOverviewMap();
    expect(container.querySelector('svg[data-colour-key]')!.getAttribute('data-colour-key')).toBe('share:overall');
    expect(fill(container, 'TH-15')).toBe(categoryFill.share4); // 2 of 3 = 67%
    expect(fill(container, 'TH-20')).toBe(categoryFill.share0);
    expect(fill(container, 'TH-21')).toBe(categoryFill.share0); // not reported is not below minimum
    expect(legendCount(container, 'share4')).toBe('1');
    expect(legendCount(container, 'share0')).toBe('2');
    expect(legendCount(container, 'notAssigned')).toBe(String(76 - 3));
    expect(screen.getByText(/boundaries/)).toBeTruthy();
  });

  it('re-colours by level when an indicator is chosen, and puts it in the URL', async () => {
    const { container } = renderOverviewMap();
    await act(async () => {
      fireEvent.change(container.querySelector('#indicator-picker')!, { target: { value: 'ECO-05' } });
    });
    expect(window.location.search).toBe('?indicator=ECO-05');
    expect(container.querySelector('svg[data-colour-key]')!.getAttribute('data-colour-key')).toBe('ECO-05');
    expect(fill(container, 'TH-15')).toBe(`url(#${patternIds.belowMin})`);
    expect(fill(container, 'TH-20')).toBe(categoryFill.adv);
    expect(fill(container, 'TH-21')).toBe(categoryFill.notAssigned);
    expect(legendCount(container, 'belowMin')).toBe('1');
    expect(legendCount(container, 'adv')).toBe('1');
    expect(legendCount(container, 'notAssigned')).toBe('74');

    await act(async () => {
      fireEvent.change(container.querySelector('#indicator-picker')!, { target: { value: 'ECO-01' } });
    });
    expect(fill(container, 'TH-15')).toBe(categoryFill.std);
    expect(fill(container, 'TH-20')).toBe(categoryFill.min);
    expect(fill(container, 'TH-21')).toBe(`url(#${patternIds.notReported})`);
  });

  it('reads the indicator from a shared URL', () => {
    window.history.replaceState(null, '', '/overview/2566/6?indicator=soc-01');
    const { container } = renderOverviewMap();
    expect(fill(container, 'TH-15')).toBe(`url(#${patternIds.belowMin})`);
    expect(container.querySelector<HTMLSelectElement>('#indicator-picker')!.value).toBe('SOC-01');
  });
});
