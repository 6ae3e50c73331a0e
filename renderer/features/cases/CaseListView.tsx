import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { filterCases, sortCases, type CaseFilter, type CaseSort } from '../../../shared/cases/listQuery';
import type { Case } from '../../../shared/model/case';
import { localDay } from '../../../shared/model/dates';
import { LoadingState } from '../../components/LoadingState';
import { countTrashedCases, listCustomTopics, listFirstCasesByOpening, listMemberChoices } from '../../db/queries/cases';
import { now } from '../../platform/clock';
import {
  selectCaseFilter,
  selectCaseSort,
  selectOpenDialog,
  selectResetCaseFilter,
  selectSelectCase,
  selectSetCaseFilter,
  selectSetCaseSort,
  selectShowCasesView,
} from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { CaseFilters, isFiltering } from './CaseFilters';
import { CaseGrid } from './CaseGrid';
import { startCasePage } from './casePageStore';
import { hasCaseList, sortedCaseList, useCaseList, useOverdueCaseIds } from './caseListStore';
import { noteListActivity } from './search/client';
import { useCaseTextMatches } from './search/useCaseTextMatches';
import { useTrashCase } from './useTrashCase';

const NO_IDS: ReadonlySet<string> = new Set();
const NO_CHOICES: readonly never[] = [];
/** Rows read first, to show the top of the list at once; a screen holds about fifteen. */
const FIRST_PAGE_ROWS = 60;

/**
 * The sorted, filtered cases. Sorting runs only when the cases or the order change;
 * the search words are matched in the search Worker (whose index of the notes is built
 * there, after the list is shown), and its answer only filters the sorted list.
 * In the order by opening day, the first rows are read on their own and shown (as
 * `firstRows`) while the whole list, thousands of cases, is still being read.
 */
function useVisibleCases(filter: CaseFilter, today: string) {
  const sort = useAppStore(selectCaseSort);
  // Kept while the Fälle screen is open: back from a case's page, the whole list is there at once.
  const [kept] = useState(hasCaseList);
  const [loaded, setLoaded] = useState(kept);
  const [started, setStarted] = useState(kept);
  const byOpening = sort.column === 'openedOn' && !loaded;
  const firstPage = useLiveQuery(() => (byOpening ? listFirstCasesByOpening(sort.direction, FIRST_PAGE_ROWS) : null), [byOpening, sort.direction]);
  // The whole list (and what else the list reads) is asked for only once the first page is there:
  // IndexedDB answers in order, and the first page must not wait behind ten thousand cases.
  if (firstPage !== undefined && !started) setStarted(true);
  const cases = useCaseList(started);
  if (cases !== undefined && !loaded) setLoaded(true);
  // Only the overdue filter needs these ids: read after the whole list, so they never hold up the list (or a search typed right away).
  const overdue = useOverdueCaseIds(cases !== undefined, today);
  const { matches, searchingNotes } = useCaseTextMatches(cases, filter.query);
  const sorted = useMemo(() => (cases ? sortedCaseList(cases, sort) : undefined), [cases, sort]);
  const { statuses, topics, responsibleId, onlyOverdueFollowUps, onlyResubmissionDue } = filter;
  const visible = useMemo(() => {
    // Filtering by overdue follow-ups before their ids are read would show no case at all: wait for them.
    if (!sorted || (onlyOverdueFollowUps && overdue === undefined)) return undefined;
    const active: CaseFilter = { query: '', statuses, topics, responsibleId, onlyOverdueFollowUps, onlyResubmissionDue };
    return filterCases(sorted, active, { today, textMatches: matches, overdueCaseIds: overdue ?? NO_IDS });
  }, [sorted, matches, overdue, today, statuses, topics, responsibleId, onlyOverdueFollowUps, onlyResubmissionDue]);
  const firstRows = useMemo(() => (cases === undefined && firstPage ? sortCases(firstPage, sort) : undefined), [cases, firstPage, sort]);
  return { total: cases?.length, visible, firstRows, sort, searchingNotes, started };
}

/** Fälle: search, filters, the virtualised list, and the way to the recycle bin. */
export function CaseListView() {
  const { t } = useTranslation();
  const filter = useAppStore(selectCaseFilter);
  const setCaseFilter = useAppStore(selectSetCaseFilter);
  const resetCaseFilter = useAppStore(selectResetCaseFilter);
  const setCaseSort = useAppStore(selectSetCaseSort);
  const openDialog = useAppStore(selectOpenDialog);
  const selectCase = useAppStore(selectSelectCase);
  const showCasesView = useAppStore(selectShowCasesView);
  const trash = useTrashCase();
  const today = localDay(now());
  const { total, visible, firstRows, sort, searchingNotes, started } = useVisibleCases(filter, today);
  const customTopics = useLiveQuery(() => (started ? listCustomTopics() : undefined), [started]) ?? NO_CHOICES;
  const members = useLiveQuery(() => (started ? listMemberChoices() : undefined), [started]) ?? NO_CHOICES;
  const trashedCount = useLiveQuery(() => (started ? countTrashedCases() : undefined), [started]) ?? 0;
  // Stable, so the memoised grid is not drawn again when only the search field changed.
  // Each change tells the search Worker first, so its note feed pauses while the list is drawn again.
  const changeSort = useCallback(
    (next: CaseSort) => {
      noteListActivity();
      setCaseSort(next.column, next.direction);
    },
    [setCaseSort],
  );
  const changeFilter = useCallback(
    (next: Partial<CaseFilter>) => {
      noteListActivity();
      setCaseFilter(next);
    },
    [setCaseFilter],
  );
  const trashCase = useCallback((item: Case) => void trash(item), [trash]);
  // The case's page starts reading its Verlauf and follow-ups with the click, while its first frame is drawn.
  const openCase = useCallback(
    (caseId: string) => {
      startCasePage(caseId, { atOnce: true });
      selectCase(caseId);
    },
    [selectCase],
  );

  const newCaseButton = (
    <Button className="button button-primary" onPress={() => openDialog({ kind: 'caseForm', caseId: null })}>
      {t('cases.newCase')}
    </Button>
  );
  const trashButton = (
    <Button className="button button-quiet" onPress={() => showCasesView('trash')}>
      {trashedCount > 0 ? t('cases.trashViewCount', { count: trashedCount }) : t('cases.trashView')}
    </Button>
  );

  // Until the whole list is read, its first rows (if any) show, and searching or filtering waits for the rest.
  const partial = total === undefined || visible === undefined;
  if (partial && (firstRows === undefined || firstRows.length === 0)) return <LoadingState />;
  if (total === 0) {
    return (
      <>
        <section className="empty-state" aria-labelledby="cases-empty-title">
          <h2 id="cases-empty-title">{t('cases.emptyTitle')}</h2>
          <p>{t('cases.emptyBody')}</p>
          {newCaseButton}
        </section>
        {trashedCount > 0 && <div className="toolbar toolbar-end">{trashButton}</div>}
      </>
    );
  }
  const rows = partial ? (isFiltering(filter) ? null : firstRows) : visible;
  let count: string;
  if (partial) count = t('cases.loadingAll');
  else count = visible.length === total ? t('cases.count', { count: total }) : t('cases.shownOf', { shown: visible.length, count: total });
  return (
    <div className="case-list">
      <CaseFilters filter={filter} customTopics={customTopics} members={members} onChange={changeFilter} onReset={resetCaseFilter} />
      <div className="toolbar">
        <p className="toolbar-count" role="status">
          {count}
          {searchingNotes && !partial && <span className="field-hint"> {t('cases.searchingNotes')}</span>}
        </p>
        <div className="toolbar-actions">
          {trashButton}
          {newCaseButton}
        </div>
      </div>
      {rows === null || rows === undefined ? (
        <LoadingState />
      ) : rows.length === 0 ? (
        <section className="empty-state" aria-labelledby="cases-nomatch-title">
          <h2 id="cases-nomatch-title">{t('cases.noMatchTitle')}</h2>
          <p>{t('cases.noMatchBody')}</p>
          <Button className="button" onPress={resetCaseFilter}>
            {t('cases.resetFilters')}
          </Button>
        </section>
      ) : (
        <CaseGrid cases={rows} sort={sort} today={today} onSortChange={changeSort} onOpen={openCase} onTrash={trashCase} />
      )}
    </div>
  );
}
