import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { proposeAgenda, type AgendaProposal } from '../../../shared/agenda/proposals';
import type { AppError } from '../../../shared/errors/result';
import type { FollowUp } from '../../../shared/model/followUp';
import { LoadingState } from '../../components/LoadingState';
import { ModalDialog } from '../../components/ModalDialog';
import { listPendingAdjourned } from '../../db/queries/agendaItems';
import { listFollowUpsForAgenda } from '../../db/queries/followUps';
import { acceptProposal } from '../../db/repositories/agendaItems';
import { dismissProposal } from '../../db/repositories/meetings';
import { formatDay } from '../../i18n/format';
import { AgendaChecks } from './AgendaChecks';
import { MeetingError } from './MeetingError';
import { today } from './meetingRule';
import type { MeetingData } from './useMeetingData';

function ProposalCard(props: { proposal: AgendaProposal; followUps: ReadonlyMap<string, FollowUp>; names: ReadonlyMap<string, string>; adjournedOn: string | null; day: string; onAccept(): void; onReject(): void }) {
  const { t } = useTranslation();
  const { proposal, followUps, names, adjournedOn, day } = props;
  const title = proposal.kind === 'follow_ups' ? t('agendaPrepare.looseTitle') : proposal.title;
  const headingId = `proposal-${proposal.key.replace(/[^\w-]/g, '_')}`;
  return (
    <li className="mt-proposal" aria-labelledby={headingId}>
      <h4 id={headingId} className="mt-proposal-title">
        {title}
      </h4>
      <ul className="mt-reasons" aria-label={t('agendaPrepare.reasons')}>
        {proposal.reasons.map((reason) => (
          <li key={reason} className={`mt-tag mt-reason-${reason}`}>
            {reason === 'adjourned' && adjournedOn ? t('agendaPrepare.adjournedOn', { date: formatDay(adjournedOn) }) : t(`proposalReason.${reason}`)}
          </li>
        ))}
      </ul>
      {proposal.followUpIds.length > 0 && (
        <ul className="mt-proposal-followups" aria-label={t('agendaPrepare.followUps')}>
          {proposal.followUpIds.map((id) => {
            const f = followUps.get(id);
            if (!f) return null;
            const owner = f.ownerId ? (names.get(f.ownerId) ?? '') : '';
            const state = f.status === 'blocked' ? t('agendaPrepare.blocked') : f.dueOn && f.dueOn < day ? t('agendaPrepare.overdueSince', { date: formatDay(f.dueOn) }) : f.dueOn ? t('agendaPrepare.dueOn', { date: formatDay(f.dueOn) }) : '';
            return (
              <li key={id}>
                {f.title}
                {owner && ` – ${owner}`}
                {state && ` (${state})`}
              </li>
            );
          })}
        </ul>
      )}
      <div className="mt-proposal-actions">
        <Button className="button button-primary" onPress={props.onAccept} aria-label={t('agendaPrepare.acceptItem', { title })}>
          {t('agendaPrepare.accept')}
        </Button>
        <Button className="button" onPress={props.onReject} aria-label={t('agendaPrepare.rejectItem', { title })}>
          {t('agendaPrepare.reject')}
        </Button>
      </div>
    </li>
  );
}

/**
 * "Tagesordnung vorbereiten": proposals from due Wiedervorlagen, marked cases,
 * due, overdue and blocked follow-ups (per case) and adjourned items. Nothing is
 * added without a click on "Übernehmen". Then the check: time, interpreters, guests.
 */
export function PrepareAgendaDialog({ data, onClose }: { data: MeetingData; onClose(): void }) {
  const { t } = useTranslation();
  const { meeting, items, names, cases } = data;
  const day = today();
  // Only the follow-ups that can give a reason are read (status index), not every follow-up of ten years.
  const inputs = useLiveQuery(
    async () => ({ followUps: await listFollowUpsForAgenda(meeting.date, day), adjourned: await listPendingAdjourned(meeting.date) }),
    [meeting.date, day],
  );
  const [step, setStep] = useState<'proposals' | 'check'>('proposals');
  const [announcement, setAnnouncement] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);

  if (inputs === undefined)
    return (
      <ModalDialog title={t('agendaPrepare.title')} onClose={onClose}>
        <LoadingState />
      </ModalDialog>
    );

  const all = proposeAgenda({
    meetingDate: meeting.date,
    today: day,
    cases: [...cases.values()],
    followUps: inputs.followUps,
    adjourned: inputs.adjourned,
    alreadyOnAgenda: { caseIds: new Set(items.flatMap((i) => i.caseIds)), carriedFromIds: new Set(items.map((i) => i.carriedFromId).filter((id): id is string => id !== null)) },
  });
  const dismissed = new Set(meeting.dismissedProposals);
  const open = all.filter((p) => !dismissed.has(p.key));
  const rejected = all.filter((p) => dismissed.has(p.key));
  const followUps = new Map(inputs.followUps.map((f) => [f.id, f]));
  const adjournedOn = new Map(inputs.adjourned.map((a) => [a.id, a.meetingDate]));
  const titleOf = (p: AgendaProposal) => (p.kind === 'follow_ups' ? t('agendaPrepare.looseTitle') : p.title);
  const after = (message: string) => {
    setAnnouncement(message);
    listHeading.current?.focus();
  };

  return (
    <ModalDialog title={t('agendaPrepare.title')} onClose={onClose}>
      <p className="mt-visually-hidden" role="status">
        {announcement}
      </p>
      {error && <MeetingError error={error} onDismiss={() => setError(null)} />}
      {step === 'proposals' ? (
        <>
          <p className="dialog-text">{t('agendaPrepare.intro')}</p>
          <h3 ref={listHeading} tabIndex={-1} className="mt-section-title">
            {t('agendaPrepare.proposals', { count: open.length })}
          </h3>
          {open.length === 0 ? (
            <p className="mt-empty">{t('agendaPrepare.none')}</p>
          ) : (
            <ul className="mt-proposals">
              {open.map((proposal) => (
                <ProposalCard
                  key={proposal.key}
                  proposal={proposal}
                  followUps={followUps}
                  names={names}
                  adjournedOn={proposal.carriedFromId ? (adjournedOn.get(proposal.carriedFromId) ?? null) : null}
                  day={day}
                  onAccept={() =>
                    void acceptProposal(meeting.id, proposal, t('agendaPrepare.looseTitle')).then((r) => (r.ok ? after(t('agendaPrepare.accepted', { title: titleOf(proposal) })) : setError(r.error)))
                  }
                  onReject={() => void dismissProposal(meeting.id, proposal.key).then((r) => (r.ok ? after(t('agendaPrepare.rejected', { title: titleOf(proposal) })) : setError(r.error)))}
                />
              ))}
            </ul>
          )}
          {rejected.length > 0 && (
            <details className="mt-rejected">
              <summary>{t('agendaPrepare.rejectedList', { count: rejected.length })}</summary>
              <ul>
                {rejected.map((p) => (
                  <li key={p.key}>
                    {titleOf(p)}{' '}
                    <Button className="button button-small" onPress={() => void dismissProposal(meeting.id, p.key, false).then((r) => (r.ok ? after(t('agendaPrepare.offeredAgain', { title: titleOf(p) })) : setError(r.error)))}>
                      {t('agendaPrepare.offerAgain')}
                    </Button>
                  </li>
                ))}
              </ul>
            </details>
          )}
          <div className="dialog-actions">
            <Button className="button" onPress={onClose}>
              {t('common.close')}
            </Button>
            <Button className="button button-primary" onPress={() => setStep('check')}>
              {t('agendaPrepare.toCheck')}
            </Button>
          </div>
        </>
      ) : (
        <>
          <AgendaChecks data={data} headingLevel={3} />
          <div className="dialog-actions">
            <Button className="button" onPress={() => setStep('proposals')}>
              {t('agendaPrepare.back')}
            </Button>
            <Button className="button button-primary" onPress={onClose}>
              {t('agendaPrepare.done')}
            </Button>
          </div>
        </>
      )}
    </ModalDialog>
  );
}
