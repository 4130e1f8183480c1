import type { ReactNode } from 'react';

export interface Column<T> {
  /** Unique among the columns. */
  id: string;
  header: ReactNode;
  cell: (row: T, index: number) => ReactNode;
  /** The cell that names the row for screen readers (a <th scope="row">). */
  isRowHeader?: boolean;
  /** 'num' aligns amounts right, 'nowrap' keeps dates and numbers whole. */
  className?: string;
}

interface DataTableProps<T> {
  rows: readonly T[];
  columns: ReadonlyArray<Column<T>>;
  caption: string;
  rowKey: (row: T, index: number) => string | number;
  className?: string;
  /** A caption only screen readers hear (the page heading already says it). Default true. */
  isCaptionHidden?: boolean;
}

/** Every table of the app: a scrollable wrapper, a caption, column headers and a header cell per row. */
export function DataTable<T>({ rows, columns, caption, rowKey, className = '', isCaptionHidden = true }: DataTableProps<T>) {
  return (
    <div className="table-wrap">
      <table className={`data-table ${className}`.trim()}>
        <caption className={isCaptionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.id} scope="col" className={column.className}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={rowKey(row, index)}>
              {columns.map((column) =>
                column.isRowHeader ? (
                  <th key={column.id} scope="row" className={column.className}>
                    {column.cell(row, index)}
                  </th>
                ) : (
                  <td key={column.id} className={column.className}>
                    {column.cell(row, index)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
