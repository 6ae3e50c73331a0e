import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AppError, Result } from '../../../shared/errors/result';
import { FreeTextField } from '../../components/FreeTextField';
import { getMeetingAfter, getMeeting } from '../../db/queries/meetings';
import { getCurrentMember } from '../../db/queries/members';
import { addAmendment, approveMinutes, finaliseMinutes, reopenMinutes, saveMinutesDraft } from '../../db/repositories/meetings';
import { formatDay } from '../../i18n/format';
import { formatLongDay, generateMinutes } from './documents';
import { MarkdownView } from './MarkdownView';
import { MeetingError } from './MeetingError';
import type { MeetingData } from './useMeetingData';

/** The minute-taker's editor of the generated draft, until it is finalised. */
function DraftEditor({ data, onError }: { data: MeetingData; onError(error: AppError | null): void }) {
  const { t } = useTranslation();
  const { meeting } = data;
  const [text, setText] = useState(meeting.minutes);
  const [confirmRegenerate, setConfirmRegenerate] = useState(false);
  const [status, setStatus] = useState('');
  const report = (r: Result<unknown>, message: string) => {
    onError(r.ok ? null : r.error);
    if (r.ok) setStatus(message);
  };
  return (
    <div className="mt-minutes-draft">
      <FreeTextField label={t('meetingMinutes.text')} value={text} onChange={setText} rows={18} description={t('meetingMinutes.textHint')} />
      <p role="status" className="field-hint">
        {status}
      </p>
      <div className="mt-actions">
        <Button className="button" onPress={() => void saveMinutesDraft(meeting.id, text).then((r) => report(r, t('meetingMinutes.saved')))}>
          {t('meetingMinutes.save')}
        </Button>
        {confirmRegenerate ? (
          <Button
            className="button button-danger"
            onPress={() => {
              const fresh = generateMinutes(data, { showTimes: true, showPresenters: true }, t);
              setText(fresh);
              setConfirmRegenerate(false);
              void saveMinutesDraft(meeting.id, fresh).then((r) => report(r, t('meetingMinutes.regenerated')));
            }}
          >
            {t('meetingMinutes.regenerateConfirm')}
          </Button>
        ) : (
          <Button className="button" onPress={() => setConfirmRegenerate(true)}>
            {t('meetingMinutes.regenerate')}
          </Button>
        )}
        <Button
          className="button button-primary"
          onPress={() =>
            void saveMinutesDraft(meeting.id, text).then((saved) =>
              saved.ok ? void finaliseMinutes(meeting.id).then((r) => report(r, t('meetingMinutes.finalised'))) : onError(saved.error),
            )
          }
        >
          {t('meetingMinutes.finalise')}
        </Button>
      </div>
      <details className="mt-minutes-preview">
        <summary>{t('meetingMinutes.preview')}</summary>
        <div className="mt-document">
          <MarkdownView text={text} headingOffset={1} />
        </div>
      </details>
    </div>
  );
}

function AmendmentForm({ meetingId, onError }: { meetingId: string; onError(error: AppError | null): void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  return (
    <div className="mt-amendment-form">
      <FreeTextField label={t('meetingMinutes.amendment')} value={text} onChange={setText} rows={3} description={t('meetingMinutes.amendmentHint')} />
      <Button
        className="button"
        onPress={() =>
          void addAmendment(meetingId, text).then((r) => {
            onError(r.ok ? null : r.error);
            if (r.ok) setText('');
          })
        }
      >
        {t('meetingMinutes.addAmendment')}
      </Button>
    </div>
  );
}

/**
 * The Protokoll: generated from what was recorded, edited by the minute-taker,
 * finalised, approved by the next meeting (then locked), and amended after that.
 */
export function MinutesPanel({ data, onOpenMeeting }: { data: MeetingData; onOpenMeeting(id: string): void }) {
  const { t } = useTranslation();
  const { meeting, names } = data;
  const context = useLiveQuery(
    async () => ({
      next: await getMeetingAfter(meeting.date),
      me: await getCurrentMember(),
      approvedIn: meeting.minutesApprovedInId ? ((await getMeeting(meeting.minutesApprovedInId)) ?? null) : null,
    }),
    [meeting.date, meeting.minutesApprovedInId],
  );
  const [error, setError] = useState<AppError | null>(null);
  const minuteTaker = meeting.minuteTakerId ? (names.get(meeting.minuteTakerId) ?? '?') : null;
  const notTheMinuteTaker = context?.me && meeting.minuteTakerId && context.me.id !== meeting.minuteTakerId;

  let body;
  if (meeting.state === 'cancelled') body = <p className="mt-empty">{t('meetingMinutes.cancelled')}</p>;
  else if (meeting.minutesApprovedAt) {
    body = (
      <>
        <p className="mt-notice">
          {t('meetingMinutes.approvedOn', { date: formatDay(meeting.minutesApprovedAt.slice(0, 10)) })}
          {context?.approvedIn && ` ${t('meetingMinutes.approvedIn', { date: formatLongDay(context.approvedIn.date) })}`}
        </p>
        <div className="mt-document">
          <MarkdownView text={meeting.minutes} headingOffset={1} />
        </div>
        <section aria-labelledby="amendments-title">
          <h3 id="amendments-title" className="mt-subtitle">
            {t('meetingMinutes.amendments')}
          </h3>
          {meeting.amendments.length === 0 ? (
            <p className="mt-empty">{t('meetingMinutes.noAmendments')}</p>
          ) : (
            <ul className="mt-amendments">
              {meeting.amendments.map((a) => (
                <li key={a.id}>
                  <strong>
                    {formatDay(a.at.slice(0, 10))}
                    {a.memberId && ` (${names.get(a.memberId) ?? '?'})`}:
                  </strong>{' '}
                  {a.text}
                </li>
              ))}
            </ul>
          )}
          <AmendmentForm meetingId={meeting.id} onError={setError} />
        </section>
      </>
    );
  } else if (meeting.minutesFinalisedAt) {
    const next = context?.next ?? null;
    body = (
      <>
        <p className="mt-notice">{t('meetingMinutes.finalisedNote', { date: formatDay(meeting.minutesFinalisedAt.slice(0, 10)) })}</p>
        <div className="mt-document">
          <MarkdownView text={meeting.minutes} headingOffset={1} />
        </div>
        <div className="mt-actions">
          <Button className="button" onPress={() => void reopenMinutes(meeting.id).then((r) => setError(r.ok ? null : r.error))}>
            {t('meetingMinutes.reopen')}
          </Button>
          {next && (
            <>
              <Button className="button button-primary" onPress={() => void approveMinutes(meeting.id, next.id).then((r) => setError(r.ok ? null : r.error))}>
                {t('meetingMinutes.approveIn', { date: formatLongDay(next.date) })}
              </Button>
              <Button className="button button-quiet" onPress={() => onOpenMeeting(next.id)}>
                {t('meetingMinutes.openNext')}
              </Button>
            </>
          )}
        </div>
        {!next && <p className="field-hint">{t('meetingMinutes.noNext')}</p>}
      </>
    );
  } else if (meeting.minutes.trim() === '') {
    body = (
      <>
        <p>{meeting.state === 'held' ? t('meetingMinutes.emptyHeld') : t('meetingMinutes.emptyPlanned')}</p>
        <Button
          className="button button-primary"
          onPress={() => void saveMinutesDraft(meeting.id, generateMinutes(data, { showTimes: true, showPresenters: true }, t)).then((r) => setError(r.ok ? null : r.error))}
        >
          {t('meetingMinutes.generate')}
        </Button>
      </>
    );
  } else body = <DraftEditor key={meeting.minutesFinalisedAt ?? 'draft'} data={data} onError={setError} />;

  return (
    <section className="mt-minutes" aria-labelledby="minutes-title">
      <h3 id="minutes-title" className="mt-section-title">
        {t('meetingMinutes.title')}
      </h3>
      <p className="field-hint">
        {minuteTaker ? t('meetingMinutes.keptBy', { name: minuteTaker }) : t('meetingMinutes.noMinuteTaker')}
        {notTheMinuteTaker ? ` – ${t('meetingMinutes.notYou')}` : ''}
      </p>
      {error && <MeetingError error={error} onDismiss={() => setError(null)} />}
      {body}
    </section>
  );
}
