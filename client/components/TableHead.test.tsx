import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TableHead } from './TableHead';

describe('TableHead', () => {
  it('gives every label a column header, keeps className, and leaves out the `false` columns', () => {
    const html = renderToStaticMarkup(
      <table>
        <TableHead columns={['จังหวัด', { label: 'จำนวนแถว', className: 'num' }, false, <span className="visually-hidden">การดำเนินการ</span>]} />
      </table>,
    );
    expect(html).toBe(
      '<table><thead><tr><th scope="col">จังหวัด</th><th scope="col" class="num">จำนวนแถว</th>' +
        '<th scope="col"><span class="visually-hidden">การดำเนินการ</span></th></tr></thead></table>',
    );
  });
});
