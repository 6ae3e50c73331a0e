import { useTranslation } from 'react-i18next';
import type { ViewCell, ViewRow, ViewTable } from '../../../shared/report/view';
import { formatNumber } from '../../i18n/format';
import { BarChart } from './BarChart';

/** A count, or "." with the word read out instead for a withheld one. */
function Count({ cell }: { cell: ViewCell | undefined }) {
  const { t } = useTranslation();
  if (cell === null || cell === undefined) {
    return (
      <td className="rp-count rp-withheld">
        <span aria-hidden="true">.</span>
        <span className="rp-visually-hidden">{t('reports.withheld')}</span>
      </td>
    );
  }
  return <td className="rp-count">{formatNumber(cell)}</td>;
}

function Row({ row, table }: { row: ViewRow; table: ViewTable }) {
  return (
    <tr>
      <th scope="row">{row.label}</th>
      {row.texts.map((text, i) => (
        <td key={i}>{text}</td>
      ))}
      {row.cells.map((cell, c) => (
        <Count key={table.columns[c]?.key ?? c} cell={cell} />
      ))}
      {table.totalHeader !== null && <Count cell={row.total} />}
    </tr>
  );
}

/**
 * One table of the report with its caption, header cells, chart and footnotes. A caption
 * that would repeat the section's heading is there for screen readers only.
 */
export function ReportTableView({ table, legend, captionShown = true }: { table: ViewTable; legend: string; captionShown?: boolean }) {
  return (
    <div className="rp-table-block">
      <div className="rp-table-scroll">
        <table className="rp-table">
          <caption className={captionShown ? undefined : 'rp-visually-hidden'}>{table.title}</caption>
          <thead>
            <tr>
              <th scope="col">{table.rowHeader}</th>
              {table.textHeaders.map((header) => (
                <th key={header} scope="col">
                  {header}
                </th>
              ))}
              {table.columns.map((column) => (
                <th key={column.key} scope="col" className="rp-count">
                  {column.label}
                </th>
              ))}
              {table.totalHeader !== null && (
                <th scope="col" className="rp-count">
                  {table.totalHeader}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <Row key={row.key} row={row} table={table} />
            ))}
          </tbody>
          {table.totalRow && (
            <tfoot>
              <Row row={table.totalRow} table={table} />
            </tfoot>
          )}
        </table>
      </div>
      {table.chart.length > 0 && <BarChart bars={table.chart} />}
      {(table.notes.length > 0 || table.hasWithheld) && (
        <ul className="rp-notes">
          {table.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
          {table.hasWithheld && <li>{legend}</li>}
        </ul>
      )}
    </div>
  );
}
