import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ApiRequestError } from '../lib/api';
import { Providers } from '../test/fixtures';
import { QueryStatus, type QueryLike } from './QueryState';

const query = (q: Partial<QueryLike>): QueryLike => ({ isPending: false, isError: false, error: null, refetch: () => undefined, ...q });
const render = (node: ReactNode) => renderToStaticMarkup(<Providers>{node}</Providers>);

describe('QueryStatus over the queries a page waits for', () => {
  it('shows the first failure, even while another query still loads', () => {
    const html = render(<QueryStatus query={[query({ isPending: true }), query({ isError: true, error: new ApiRequestError(500, 'X', 'broken', 'เสีย') })]} />);
    expect(html).toContain('role="alert"');
    expect(html).toContain('เสีย');
    expect(html).not.toContain('state-loading');
  });

  it('names the refused subject of a 403', () => {
    const html = render(<QueryStatus query={query({ isError: true, error: new ApiRequestError(403, 'FORBIDDEN', 'no', 'ไม่ได้') })} subject="จังหวัดชลบุรี" />);
    expect(html).toContain('จังหวัดชลบุรี');
  });

  it('shows loading while any query is pending, and nothing once all have data', () => {
    expect(render(<QueryStatus query={[query({}), query({ isPending: true })]} />)).toContain('state-loading');
    expect(render(<QueryStatus query={[query({}), query({})]} />)).toBe('');
  });
});
