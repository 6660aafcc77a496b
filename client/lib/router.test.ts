import { describe, expect, it } from 'vitest';
import { paths } from './paths';
import { matchPath } from './router';

describe('matchPath', () => {
  it.each([
    ['/provinces/:year/:round/:iso', '/provinces/2566/6/TH-15', { year: '2566', round: '6', iso: 'TH-15' }],
    ['/import', '/import', {}],
    ['/import', '/import/', {}],
    ['/', '/', {}],
    ['/import', '/overview', null],
    ['/provinces/:year/:round/:iso', '/provinces/2566/6', null],
    ['/notices/:year/:round/:iso', '/notices/2566/6/%E0%B8%81', { year: '2566', round: '6', iso: 'ก' }],
    ['/notices/:year/:round/:iso', '/notices/2566/6/%E0%A4%A', null], // malformed escape → no match, not a crash
  ])('%s against %s', (pattern, path, expected) => {
    expect(matchPath(pattern, path)).toEqual(expected);
  });

  it('every page URL built by paths matches its route pattern', () => {
    expect(matchPath('/overview/:year/:round', paths.overview(2566, 6, 'ECO-05').split('?')[0]!)).toEqual({ year: '2566', round: '6' });
    expect(paths.overview(2566, 6, 'ECO-05')).toBe('/overview/2566/6?indicator=ECO-05');
    expect(paths.overview(2566, 6)).toBe('/overview/2566/6');
    expect(matchPath('/indicators/:year/:round/:code', paths.indicator(2566, 12, 'ENV-02'))).toEqual({ year: '2566', round: '12', code: 'ENV-02' });
    expect(paths.notice(2566, 6, 'TH-15')).toBe('/notices/2566/6/TH-15');
  });
});
