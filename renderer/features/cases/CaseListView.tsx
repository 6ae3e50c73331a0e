import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { filterCases, sortCases, type CaseFilter } from '../../../shared/cases/listQuery';
import { localDay } from '../../../shared/model/dates';
import { LoadingState } from '../../components/LoadingState';
import { countTrashedCases, listCaseIdsWithOverdueFollowUps, listCases, listCustomTopics, listMemberChoices } from '../../db/queries/cases';
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
import { CaseFilters } from './CaseFilters';
import { CaseGrid } from './CaseGrid';
import { useCaseTextMatches } from './search/useCaseTextMatches';
import { useTrashCase } from './useTrashCase';

const NO_IDS: ReadonlySet<string> = new Set();

/**
 * The sorted, filtered cases. Sorting runs only when the cases or the order change;
 * the search words are matched in the search Worker (whose index of the notes is built
 * there, after the list is shown), and its answer only filters the sorted list.
 */
function useVisibleCases(filter: CaseFilter, today: string) {
  const sort = useAppStore(selectCaseSort);
  const cases = useLiveQuery(listCases);
  const overdue = useLiveQuery(() => listCaseIdsWithOverdueFollowUps(today), [today]);
  const { matches, searchingNotes } = useCaseTextMatches(cases, filter.query);
  const sorted = useMemo(() => (cases ? sortCases(cases, sort) : undefined), [cases, sort]);
  const { statuses, topics, responsibleId, onlyOverdueFollowUps, onlyResubmissionDue } = filter;
  const visible = useMemo(() => {
    if (!sorted) return undefined;
    const active: CaseFilter = { query: '', statuses, topics, responsibleId, onlyOverdueFollowUps, onlyResubmissionDue };
    return filterCases(sorted, active, { today, textMatches: matches, overdueCaseIds: overdue ?? NO_IDS });
  }, [sorted, matches, overdue, today, statuses, topics, responsibleId, onlyOverdueFollowUps, onlyResubmissionDue]);
  return { total: cases?.length, visible, sort, searchingNotes };
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
  const { total, visible, sort, searchingNotes } = useVisibleCases(filter, today);
  const customTopics = useLiveQuery(listCustomTopics) ?? [];
  const members = useLiveQuery(listMemberChoices) ?? [];
  const trashedCount = useLiveQuery(countTrashedCases) ?? 0;

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

  if (total === undefined || visible === undefined) return <LoadingState />;
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
  return (
    <div className="case-list">
      <CaseFilters filter={filter} customTopics={customTopics} members={members} onChange={setCaseFilter} onReset={resetCaseFilter} />
      <div className="toolbar">
        <p className="toolbar-count" role="status">
          {visible.length === total ? t('cases.count', { count: total }) : t('cases.shownOf', { shown: visible.length, count: total })}
          {searchingNotes && <span className="field-hint"> {t('cases.searchingNotes')}</span>}
        </p>
        <div className="toolbar-actions">
          {trashButton}
          {newCaseButton}
        </div>
      </div>
      {visible.length === 0 ? (
        <section className="empty-state" aria-labelledby="cases-nomatch-title">
          <h2 id="cases-nomatch-title">{t('cases.noMatchTitle')}</h2>
          <p>{t('cases.noMatchBody')}</p>
          <Button className="button" onPress={resetCaseFilter}>
            {t('cases.resetFilters')}
          </Button>
        </section>
      ) : (
        <CaseGrid
          cases={visible}
          sort={sort}
          today={today}
          onSortChange={({ column, direction }) => setCaseSort(column, direction)}
          onOpen={selectCase}
          onTrash={(item) => void trash(item)}
        />
      )}
    </div>
  );
}
