import type { ReactNode } from "react";

export interface Column<Row> {
  header: string;
  cell(row: Row): ReactNode;
  /** Numbers align right, as in the workbook. */
  numeric?: boolean;
}

/** The table that goes with a chart: the same numbers, for screen readers and for copying. */
export function DataTable<Row>(props: {
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey(row: Row, index: number): string;
  footer?: Row;
}) {
  const { caption, columns, rows, rowKey, footer } = props;
  const cells = (row: Row, header = false) =>
    columns.map((column, index) =>
      index === 0 && header ? (
        <th key={column.header} scope="row">
          {column.cell(row)}
        </th>
      ) : (
        <td key={column.header} className={column.numeric ? "number" : undefined}>
          {column.cell(row)}
        </td>
      ),
    );
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.header} scope="col" className={column.numeric ? "number" : undefined}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={rowKey(row, index)}>{cells(row, true)}</tr>
        ))}
      </tbody>
      {footer && (
        <tfoot>
          <tr>{cells(footer, true)}</tr>
        </tfoot>
      )}
    </table>
  );
}
