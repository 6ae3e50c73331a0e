import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_SORT_COLUMNS, isResubmissionDue, type CaseSort, type CaseSortColumn } from '../../../shared/cases/listQuery';
import type { Case } from '../../../shared/model/case';
import { localDay } from '../../../shared/model/dates';
import { formatDay } from '../../i18n/format';
import { topicLabel } from './labels';

export interface CaseGridProps {
  cases: readonly Case[];
  sort: CaseSort;
  today: string;
  onSortChange(sort: CaseSort): void;
  onOpen(caseId: string): void;
  onTrash(item: Case): void;
}

// Rows have one fixed height, so the virtualizer never needs to measure; the header is sticky.
const ROW_HEIGHT = 56;
const HEADER_HEIGHT = 44;
const PAGE_ROWS = 10;
const COLUMN_COUNT = CASE_SORT_COLUMNS.length + 1;

function dayOfTimestamp(iso: string): string {
  return localDay(Date.parse(iso));
}

/**
 * The case list as an ARIA grid that renders only the rows in view, so it stays
 * fluid with 10,000 cases. aria-rowcount/aria-rowindex tell screen readers where
 * they are. The grid is one tab stop: arrow keys move between rows (roving focus),
 * Enter or a click opens a case, the right arrow moves into the row's buttons.
 */
function CaseGridView({ cases, sort, today, onSortChange, onOpen, onTrash }: CaseGridProps) {
  const { t } = useTranslation();
  const hintId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState<{ index: number; target: 'row' | number } | null>(null);
  const foundIndex = useMemo(() => (activeId === null ? -1 : cases.findIndex((c) => c.id === activeId)), [cases, activeId]);
  const activeIndex = foundIndex >= 0 ? foundIndex : 0;

  // The focused row stays rendered even when scrolled away, so focus is never lost and Tab always finds the grid.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (activeIndex < cases.length && !indexes.includes(activeIndex)) indexes.push(activeIndex);
      return indexes.sort((a, b) => a - b);
    },
    [activeIndex, cases.length],
  );
  // The build has no React Compiler, so nothing memoises this component; the rows are meant to be read anew each render.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: cases.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    rangeExtractor,
  });

  useEffect(() => {
    if (focusRequest === null) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${focusRequest.index}"]`);
    if (!row) return;
    const target = focusRequest.target === 'row' ? row : row.querySelectorAll<HTMLElement>('button')[focusRequest.target];
    target?.focus({ preventScroll: true });
  }, [focusRequest]);

  function moveTo(index: number, target: 'row' | number = 'row'): void {
    const next = Math.max(0, Math.min(cases.length - 1, index));
    const item = cases[next];
    if (!item) return;
    setActiveId(item.id);
    virtualizer.scrollToIndex(next, { align: 'auto' });
    setFocusRequest({ index: next, target });
  }

  function onRowKeyDown(event: KeyboardEvent<HTMLDivElement>, index: number, item: Case): void {
    const buttons = [...event.currentTarget.querySelectorAll<HTMLElement>('button')];
    const onButton = buttons.indexOf(event.target as HTMLElement);
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: PAGE_ROWS, PageUp: -PAGE_ROWS };
    let handled = true;
    if (event.key in moves) moveTo(index + (moves[event.key] ?? 0));
    else if (event.key === 'Home') moveTo(0);
    else if (event.key === 'End') moveTo(cases.length - 1);
    else if (event.key === 'ArrowRight') moveTo(index, Math.min(onButton + 1, buttons.length - 1));
    else if (event.key === 'ArrowLeft' && onButton >= 0) moveTo(index, onButton === 0 ? 'row' : onButton - 1);
    else if (event.key === 'Escape' && onButton >= 0) moveTo(index);
    else if (event.key === 'Enter' && onButton < 0) onOpen(item.id);
    else handled = false;
    if (handled) event.preventDefault();
  }

  function header(column: CaseSortColumn) {
    const isSorted = sort.column === column;
    const nextDirection = isSorted && sort.direction === 'ascending' ? 'descending' : 'ascending';
    const label = t(`cases.columns.${column}`);
    return (
      <div key={column} role="columnheader" aria-sort={isSorted ? sort.direction : undefined} className={`case-grid-cell col-${column}`}>
        <button type="button" className="sort-button" onClick={() => onSortChange({ column, direction: nextDirection })}>
          {label}
          <span className={`sort-indicator${isSorted ? ` sort-${sort.direction}` : ''}`} aria-hidden="true" />
        </button>
      </div>
    );
  }

  return (
    <>
      <p id={hintId} className="visually-hidden">
        {t('cases.gridHint')}
      </p>
      <div
        ref={scrollRef}
        role="grid"
        aria-label={t('cases.tableLabel')}
        aria-describedby={hintId}
        aria-rowcount={cases.length + 1}
        aria-colcount={COLUMN_COUNT}
        className="case-grid"
      >
        <div role="rowgroup" className="case-grid-head">
          <div role="row" aria-rowindex={1} className="case-grid-row">
            {CASE_SORT_COLUMNS.map(header)}
            <div role="columnheader" className="case-grid-cell col-actions">
              <span className="visually-hidden">{t('cases.columns.actions')}</span>
            </div>
          </div>
        </div>
        <div role="rowgroup" className="case-grid-body" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((virtualRow) => {
            const item = cases[virtualRow.index];
            if (!item) return null;
            const index = virtualRow.index;
            const due = isResubmissionDue(item, today);
            return (
              <div
                key={item.id}
                role="row"
                aria-rowindex={index + 2}
                data-index={index}
                tabIndex={index === activeIndex ? 0 : -1}
                className="case-grid-row case-grid-item"
                style={{ transform: `translateY(${virtualRow.start - HEADER_HEIGHT}px)`, height: ROW_HEIGHT }}
                onFocus={() => setActiveId(item.id)}
                onKeyDown={(event) => onRowKeyDown(event, index, item)}
                onClick={(event) => {
                  if (!(event.target as HTMLElement).closest('button')) onOpen(item.id);
                }}
              >
                <div role="rowheader" className="case-grid-cell col-code">
                  <span className="case-code">{item.code}</span>
                </div>
                <div role="gridcell" className="case-grid-cell col-title">
                  <span className="case-title">
                    {item.title}
                    {item.markedForNextMeeting && (
                      <span className="badge badge-marked" title={t('cases.markedLong')}>
                        {t('cases.marked')}
                      </span>
                    )}
                  </span>
                  <span className="case-topics">{item.topics.map((topic) => topicLabel(t, topic)).join(', ')}</span>
                </div>
                <div role="gridcell" className="case-grid-cell col-status">
                  <span className={`status status-${item.status}`}>{t(`caseStatus.${item.status}`)}</span>
                </div>
                <div role="gridcell" className={`case-grid-cell col-urgency urgency-${item.urgency}`}>
                  {t(`urgency.${item.urgency}`)}
                </div>
                <div role="gridcell" className="case-grid-cell col-openedOn">
                  {formatDay(item.openedOn)}
                </div>
                <div role="gridcell" className="case-grid-cell col-resubmissionOn">
                  {item.resubmissionOn && !due && formatDay(item.resubmissionOn)}
                  {item.resubmissionOn && due && (
                    <span className="due-date" title={t('cases.resubmissionDue')}>
                      {formatDay(item.resubmissionOn)}
                      <span className="visually-hidden">, {t('cases.resubmissionDue')}</span>
                    </span>
                  )}
                </div>
                <div role="gridcell" className="case-grid-cell col-updatedAt">
                  {formatDay(dayOfTimestamp(item.updatedAt))}
                </div>
                <div role="gridcell" className="case-grid-cell col-actions">
                  <button
                    type="button"
                    tabIndex={-1}
                    className="button button-small button-quiet-danger"
                    aria-label={t('cases.trashCase', { code: item.code })}
                    onClick={() => onTrash(item)}
                  >
                    {t('cases.trash')}
                  </button>
                </div>
              </div>
            );
          })}
        </div>
      </div>
    </>
  );
}

/** The grid, drawn again only when its cases, order or day change (not on a keystroke in the search field). */
export const CaseGrid = memo(CaseGridView);
