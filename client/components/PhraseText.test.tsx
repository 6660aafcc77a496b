import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { levelLabels, statusLabels } from '../../shared/classification/types';
import { PhraseText } from './PhraseText';

describe('PhraseText', () => {
  it('keeps ค่าเป้าหมาย and ขั้นต้น whole, with a break allowed only between words (issue 13: "ผ่านค่าเป้า/หมายขั้น/ต้น")', () => {
    const html = renderToStaticMarkup(<PhraseText text={statusLabels.metMin.th} />);
    expect(html).toContain('<span class="nw">ค่าเป้าหมาย</span>');
    expect(html).toContain('<span class="nw">ขั้นต้น</span>');
    expect(html.replace(/<[^>]+>/g, '')).toBe(statusLabels.metMin.th);
    const std = renderToStaticMarkup(<PhraseText text={levelLabels.std.th} />);
    expect(std).toContain('<span class="nw">ค่าเป้าหมาย</span>');
  });

  it('leaves English as it is', () => {
    expect(renderToStaticMarkup(<PhraseText text="Met minimum target" />)).toBe('Met minimum target');
  });
});
