/**
 * The one head row of the dashboard's data tables: every header a column header (`scope="col"`,
 * WCAG 1.3.1), numeric columns marked `num` so they align right. A column is its label, or
 * `{ label, className }`; `false` leaves a column out (e.g. the outlook only before the year end).
 * Tables whose heads sort (aria-sort with a button) draw their own `<th>`s through their `head()`.
 *
 * @example
 * <TableHead columns={[t.imports.when, { label: t.imports.rowsTotal, className: 'num' }, canEdit && t.actions]} />
 */
import { isValidElement, type ReactNode } from 'react';

export type Column = ReactNode | { label: ReactNode; className?: string; key?: string };

const isSpec = (c: Column): c is { label: ReactNode; className?: string; key?: string } =>
  typeof c === 'object' && c !== null && !isValidElement(c) && 'label' in c;

export function TableHead({ columns }: { columns: readonly (Column | false)[] }) {
  return (
    <thead>
      <tr>
        {columns.map((c, i) => {
          if (c === false) return null;
          const { label, className, key } = isSpec(c) ? c : { label: c, className: undefined, key: undefined };
          return (
            <th scope="col" key={key ?? i} className={className}>
              {label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
