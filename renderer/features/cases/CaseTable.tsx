import { Button, Cell, Column, Row, Table, TableBody, TableHeader, type SortDescriptor } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../shared/model/case';
import { formatDay } from '../../i18n/format';
import { CASE_SORT_COLUMNS, type CaseSortColumn, type SortDirection } from '../../state/casesSlice';
import { topicLabel } from './labels';

export interface CaseTableProps {
  cases: readonly Case[];
  sort: { column: CaseSortColumn; direction: SortDirection };
  onSortChange(column: CaseSortColumn, direction: SortDirection): void;
  onEdit(caseId: string): void;
  onDelete(caseId: string): void;
}

function isSortColumn(key: unknown): key is CaseSortColumn {
  return typeof key === 'string' && (CASE_SORT_COLUMNS as readonly string[]).includes(key);
}

function SortableHeader({ label, direction }: { label: string; direction: SortDirection | undefined }) {
  return (
    <span className="column-header">
      {label}
      <span className={`sort-indicator${direction ? ` sort-${direction}` : ''}`} aria-hidden="true" />
    </span>
  );
}

/**
 * The case list as an accessible grid (react-aria Table): sortable by clicking or
 * pressing Enter on a column header, a row opens for editing with Enter or a double click.
 */
export function CaseTable({ cases, sort, onSortChange, onEdit, onDelete }: CaseTableProps) {
  const { t } = useTranslation();
  const descriptor: SortDescriptor = { column: sort.column, direction: sort.direction };
  const sortable = (column: CaseSortColumn) => (
    <Column id={column} allowsSorting isRowHeader={column === 'code'} className="column">
      {({ sortDirection }) => <SortableHeader label={t(`cases.columns.${column}`)} direction={sortDirection} />}
    </Column>
  );
  return (
    <Table
      aria-label={t('cases.tableLabel')}
      className="table"
      sortDescriptor={descriptor}
      onSortChange={({ column, direction }) => {
        if (isSortColumn(column)) onSortChange(column, direction);
      }}
      onRowAction={(key) => onEdit(String(key))}
    >
      <TableHeader className="table-header">
        {sortable('code')}
        {sortable('title')}
        {sortable('status')}
        <Column id="topics" className="column">
          {t('cases.columns.topics')}
        </Column>
        {sortable('openedOn')}
        <Column id="actions" className="column column-actions">
          {t('cases.columns.actions')}
        </Column>
      </TableHeader>
      <TableBody className="table-body" items={cases}>
        {(item) => (
          <Row id={item.id} className="row">
            <Cell className="cell cell-code">{item.code}</Cell>
            <Cell className="cell">{item.title}</Cell>
            <Cell className="cell">
              <span className={`status status-${item.status}`}>{t(`caseStatus.${item.status}`)}</span>
            </Cell>
            <Cell className="cell cell-topics">{item.topics.map((topic) => topicLabel(t, topic)).join(', ')}</Cell>
            <Cell className="cell cell-date">{formatDay(item.openedOn)}</Cell>
            <Cell className="cell cell-actions">
              <div className="row-actions">
                <Button className="button button-small" aria-label={t('cases.editCase', { code: item.code })} onPress={() => onEdit(item.id)}>
                  {t('cases.edit')}
                </Button>
                <Button
                  className="button button-small button-quiet-danger"
                  aria-label={t('cases.deleteCase', { code: item.code })}
                  onPress={() => onDelete(item.id)}
                >
                  {t('cases.delete')}
                </Button>
              </div>
            </Cell>
          </Row>
        )}
      </TableBody>
    </Table>
  );
}
