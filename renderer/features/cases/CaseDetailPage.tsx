import { useLiveQuery } from 'dexie-react-hooks';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { DEFAULT_YELLOW_DAYS } from '../../../shared/followUps/trafficLight';
import { canonicalEqual } from '../../../shared/merge/canonical';
import type { Case, CaseContent } from '../../../shared/model/case';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { getCase } from '../../db/queries/cases';
import { reopenCase, updateCase } from '../../db/repositories/cases';
import { formatDay } from '../../i18n/format';
import { selectOpenDialog, selectSelectCase, selectShowNotice } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { CaseForm } from './CaseForm';
import { CaseFollowUps } from '../followUps/CaseFollowUps';
import type { FollowUpLookups } from '../followUps/useFollowUpLookups';
import { useToday } from '../followUps/useToday';
import { CaseConcernsPanel } from '../concerns/CaseConcernsPanel';
import { CaseTimeline } from './CaseTimeline';
import { CloseCaseDialog } from './CloseCaseDialog';
import { CASES_HEADING_ID, focusCasesHeading } from './focus';
import { listedCase } from './caseListStore';
import { useCasePageData } from './casePageStore';
import { holdNoteFeed } from './search/client';
import { useIdleReady } from './useIdleReady';
import { useRestoreCase, useTrashCase } from './useTrashCase';

const CaseHeader = memo(function CaseHeader({ item }: { item: Case }) {
  const { t } = useTranslation();
  const selectCase = useAppStore(selectSelectCase);
  const openDialog = useAppStore(selectOpenDialog);
  const showNotice = useAppStore(selectShowNotice);
  const trash = useTrashCase();
  const restore = useRestoreCase();
  const [isClosing, setClosing] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const isTrashed = item.trashedAt !== null;
  const isClosed = item.status === 'closed';

  async function reopen(): Promise<void> {
    const reopened = await reopenCase(item.id);
    if (reopened.ok) setAnnouncement(t('caseDetail.reopened'));
    else showNotice(reopened.error);
  }

  return (
    <header className="case-header">
      <Button className="button button-quiet back-button" onPress={() => selectCase(null)}>
        <span aria-hidden="true">←</span> {t('caseDetail.back')}
      </Button>
      <div className="case-heading-row">
        <h2 id={CASES_HEADING_ID} className="case-heading" tabIndex={-1}>
          <span className="case-heading-code">{item.code}</span> {item.title}
        </h2>
        <div className="case-heading-badges">
          <span className={`status status-${item.status}`}>{t(`caseStatus.${item.status}`)}</span>
          {isClosed && item.closedOn && <span className="field-hint">{t('caseDetail.closedSince', { date: formatDay(item.closedOn) })}</span>}
          {item.markedForNextMeeting && <span className="badge badge-marked">{t('cases.markedLong')}</span>}
        </div>
      </div>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {isTrashed ? (
        <div className="trash-banner" role="note">
          <p>{t('caseDetail.inTrash')}</p>
          <div className="inline-actions">
            <Button className="button" onPress={() => void restore(item)}>
              {t('caseDetail.restore')}
            </Button>
            <Button className="button button-danger" onPress={() => openDialog({ kind: 'deleteCase', caseId: item.id })}>
              {t('caseTrash.erase')}
            </Button>
          </div>
        </div>
      ) : (
        <div className="case-actions">
          <Button className="button" onPress={() => (isClosed ? void reopen() : setClosing(true))}>
            {isClosed ? t('caseDetail.reopen') : t('caseDetail.close')}
          </Button>
          <Button
            className="button button-quiet-danger"
            onPress={() =>
              void trash(item).then((trashed) => {
                if (trashed) selectCase(null);
              })
            }
          >
            {t('caseDetail.trash')}
          </Button>
        </div>
      )}
      {isClosing && <CloseCaseDialog item={item} onClose={() => setClosing(false)} />}
    </header>
  );
});

// The page's form is drawn again only when the case's content changed, not for every read of it.
const DetailForm = memo(CaseForm);

/**
 * The case as last shown while a newer read brings the same record: the first read confirming
 * the list's copy (or a change to another case) then draws nothing again.
 */
function useSameWhileEqual<T>(value: T): T {
  const [kept, setKept] = useState(value);
  const same = value === kept || canonicalEqual(value, kept);
  if (!same) setKept(value);
  return same ? kept : value;
}

/** A case's own page: everything about it, editable in place, and its Verlauf beside it. */
export function CaseDetailPage({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const selectCase = useAppStore(selectSelectCase);
  // Opened from the list, the case is already in memory: the page shows it in its first frame, and the
  // live query (which follows later changes) confirms it. From elsewhere (bin, agenda, search) it is read.
  const [listed] = useState(() => listedCase(caseId));
  const found = useSameWhileEqual(useLiveQuery(async () => (await getCase(caseId) ?? null), [caseId], listed));
  const save = useCallback((_content: CaseContent, patch: Partial<CaseContent>) => updateCase(caseId, patch), [caseId]);
  // The Verlauf and the follow-ups, read as one (started by the click that opened the page, when it came from the list).
  const pageData = useCasePageData(caseId);
  const today = useToday();
  const lookups = useMemo<FollowUpLookups>(
    () => ({
      today,
      yellowDays: pageData?.lookups.yellowDays ?? DEFAULT_YELLOW_DAYS,
      names: pageData?.lookups.names ?? new Map(),
      cases: pageData?.lookups.cases ?? new Map(),
      currentMemberId: pageData?.lookups.currentMemberId ?? null,
      ready: pageData !== undefined,
    }),
    [today, pageData],
  );
  const headingFocused = useRef<string | null>(null);
  // The suggested Anliegen read the cases that share a topic (thousands at scale): asked for once the page is shown.
  const showConcerns = useIdleReady();

  // Land on the case's heading when its page opens, as after a screen change.
  useEffect(() => {
    if (!found || headingFocused.current === caseId) return;
    headingFocused.current = caseId;
    focusCasesHeading();
  }, [found, caseId]);

  // Reading notes into the search index waits while this page reads its own records.
  useEffect(() => holdNoteFeed(), []);

  if (found === null) {
    return (
      <div className="case-page">
        <ErrorAlert error={{ code: 'db/not-found', message: `cases/${caseId}` }} />
        <Button className="button" onPress={() => selectCase(null)}>
          {t('caseDetail.back')}
        </Button>
      </div>
    );
  }
  // The follow-ups and the Verlauf are mounted with the page, so their reads run beside the case's own.
  return (
    <div className="case-page">
      {found === undefined ? <LoadingState /> : <CaseHeader item={found} />}
      <div className="case-columns">
        <section className="panel case-details" aria-labelledby="case-details-title">
          <h3 id="case-details-title" className="panel-title">
            {t('caseDetail.detailsTitle')}
          </h3>
          {found !== undefined && (
            <DetailForm key={caseId} initial={found} variant="detail" submitLabel={t('caseForm.save')} onSubmit={save} />
          )}
          <CaseFollowUps caseId={caseId} followUps={pageData?.followUps} lookups={lookups} />
          {showConcerns && found !== undefined && <CaseConcernsPanel caseId={caseId} canEdit={found.trashedAt === null} />}
        </section>
        <CaseTimeline caseId={caseId} timeline={pageData?.timeline} canAddNotes={found !== undefined && found.trashedAt === null} />
      </div>
    </div>
  );
}
