import './overview.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { isOverdue } from '../../../shared/followUps/trafficLight';
import type { Case } from '../../../shared/model/case';
import { BackupBanner } from '../../backup/BackupBanner';
import { ClockSkewWarning } from '../../components/ClockSkewWarning';
import { LoadingState } from '../../components/LoadingState';
import { listUnfinishedFollowUps } from '../../db/queries/followUps';
import { getNextMeeting } from '../../db/queries/meetings';
import { getLastExchangeAt, listCasesWithoutResponsible, listResubmissionsDue } from '../../db/queries/overview';
import { formatDay } from '../../i18n/format';
import { selectShowFollowUps } from '../../state/followUpsSlice';
import { selectNavigate, selectSelectCase } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { formatMoment } from '../followUps/FollowUpHistory';
import { groupByLight, LIGHT_ORDER, lightUp } from '../followUps/lights';
import { LightShape } from '../followUps/TrafficLightBadge';
import { useFollowUpLookups } from '../followUps/useFollowUpLookups';
import { useToday } from '../followUps/useToday';

const NO_CASES: readonly string[] = [];

/** How many case links a panel shows before it says "and n more". */
const CASES_SHOWN = 8;

function CaseLinks({ cases, empty, date }: { cases: readonly Case[] | undefined; empty: string; date?: (c: Case) => string | null }) {
  const { t } = useTranslation();
  const navigate = useAppStore(selectNavigate);
  const selectCase = useAppStore(selectSelectCase);
  if (cases === undefined) return <LoadingState />;
  if (cases.length === 0) return <p className="muted">{empty}</p>;
  return (
    <>
      <ul className="link-list">
        {cases.slice(0, CASES_SHOWN).map((c) => (
          <li key={c.id}>
            <Button
              className="link-button"
              onPress={() => {
                selectCase(c.id);
                navigate('cases');
              }}
            >
              <span className="cell-code">{c.code}</span> – {c.title}
            </Button>
            {date?.(c) && <span className="muted"> · {date(c)}</span>}
          </li>
        ))}
      </ul>
      {cases.length > CASES_SHOWN && <p className="muted">{t('overview.more', { count: cases.length - CASES_SHOWN })}</p>}
    </>
  );
}

function FollowUpPanel() {
  const { t } = useTranslation();
  const showFollowUps = useAppStore(selectShowFollowUps);
  // The panel shows counts only, never a case code: it needs no cases.
  const lookups = useFollowUpLookups(NO_CASES);
  // Finished follow-ups count nowhere here, so they are not read.
  const followUps = useLiveQuery(listUnfinishedFollowUps);
  if (followUps === undefined || !lookups.ready) return <LoadingState />;
  const groups = groupByLight(lightUp(followUps, lookups.today, lookups.yellowDays));
  const overdue = followUps.filter((f) => isOverdue(f, lookups.today)).length;
  const mine = followUps.filter((f) => f.status !== 'done' && f.ownerId !== null && f.ownerId === lookups.currentMemberId).length;
  return (
    <>
      <ul className="ampel-counts">
        {LIGHT_ORDER.map((light) => (
          <li key={light}>
            <Button className={`ampel-count ampel-count-${light}`} onPress={() => showFollowUps('all', light)}>
              <LightShape light={light} />
              <span className="ampel-count-number">{groups[light].length}</span>
              <span className="ampel-count-label">{t(`overview.lightCount.${light}`, { count: groups[light].length })}</span>
            </Button>
          </li>
        ))}
      </ul>
      <p>{overdue > 0 ? t('overview.overdue', { count: overdue }) : t('overview.noneOverdue')}</p>
      <p>
        <Button className="link-button" onPress={() => showFollowUps('mine')}>
          {t('overview.mine', { count: mine })}
        </Button>
      </p>
    </>
  );
}

/** Übersicht: what needs attention now, at a glance, with links into the lists. */
export function OverviewScreen() {
  const { t } = useTranslation();
  const today = useToday();
  const resubmissions = useLiveQuery(() => listResubmissionsDue(today), [today]);
  const unassigned = useLiveQuery(listCasesWithoutResponsible);
  const meeting = useLiveQuery(() => getNextMeeting(today), [today]);
  const lastExchange = useLiveQuery(getLastExchangeAt);
  return (
    <div className="overview">
      <ClockSkewWarning />
      <BackupBanner />
      <section className="panel overview-follow-ups" aria-labelledby="overview-follow-ups">
        <h2 id="overview-follow-ups" className="panel-title">
          {t('overview.followUps')}
        </h2>
        <FollowUpPanel />
      </section>
      <section className="panel" aria-labelledby="overview-resubmissions">
        <h2 id="overview-resubmissions" className="panel-title">
          {t('overview.resubmissions')}
        </h2>
        <CaseLinks
          cases={resubmissions}
          empty={t('overview.noResubmissions')}
          date={(c) => (c.resubmissionOn ? t('overview.resubmissionOn', { date: formatDay(c.resubmissionOn) }) : null)}
        />
      </section>
      <section className="panel" aria-labelledby="overview-unassigned">
        <h2 id="overview-unassigned" className="panel-title">
          {t('overview.unassigned')}
        </h2>
        <CaseLinks cases={unassigned} empty={t('overview.noUnassigned')} />
      </section>
      <section className="panel" aria-labelledby="overview-meeting">
        <h2 id="overview-meeting" className="panel-title">
          {t('overview.nextMeeting')}
        </h2>
        {meeting === undefined ? (
          <LoadingState />
        ) : meeting === null ? (
          <p className="muted">{t('overview.noMeeting')}</p>
        ) : (
          <p>
            {t('overview.meetingOn', { date: formatDay(meeting.date), time: meeting.startTime })}
            {meeting.place && ` · ${meeting.place}`}
          </p>
        )}
      </section>
      <section className="panel" aria-labelledby="overview-exchange">
        <h2 id="overview-exchange" className="panel-title">
          {t('overview.lastExchange')}
        </h2>
        {lastExchange === undefined ? (
          <LoadingState />
        ) : (
          <p className={lastExchange ? undefined : 'muted'}>
            {lastExchange ? t('overview.exchangedAt', { moment: formatMoment(lastExchange) }) : t('overview.noExchange')}
          </p>
        )}
      </section>
    </div>
  );
}
