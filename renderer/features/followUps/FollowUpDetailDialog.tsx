import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/errors/result';
import { computeLight } from '../../../shared/followUps/trafficLight';
import type { FollowUp, FollowUpStatus } from '../../../shared/model/followUp';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { ModalDialog } from '../../components/ModalDialog';
import { getFollowUp, listFollowUpHistory } from '../../db/queries/followUps';
import { clearLightOverride } from '../../db/repositories/followUps';
import { formatDay } from '../../i18n/format';
import { FollowUpHistory } from './FollowUpHistory';
import { OverrideForm } from './OverrideForm';
import { StatusForm } from './StatusForm';
import { TrafficLightBadge } from './TrafficLightBadge';
import { useFollowUpLookups, type FollowUpLookups } from './useFollowUpLookups';

export type DetailMode = 'view' | 'status' | 'done' | 'override';

export interface FollowUpDetailDialogProps {
  followUpId: string;
  /** 'done' opens straight on the status form with erledigt chosen. */
  initialMode?: DetailMode;
  onEdit(id: string): void;
  onClose(): void;
}

function Facts({ followUp, lookups }: { followUp: FollowUp; lookups: FollowUpLookups }) {
  const { t } = useTranslation();
  const linkedCase = followUp.caseId ? lookups.cases.get(followUp.caseId) : undefined;
  const verdict = computeLight(followUp, lookups.today, lookups.yellowDays);
  return (
    <dl className="facts">
      <dt>{t('followUps.fields.light')}</dt>
      <dd>
        <TrafficLightBadge light={verdict.light} reason={verdict.reason} />
        {followUp.lightOverride && <span className="muted"> – {t('followUps.history.reason', { reason: followUp.lightOverride.reason })}</span>}
      </dd>
      <dt>{t('followUps.fields.status')}</dt>
      <dd>{t(`followUps.status.${followUp.status}`)}</dd>
      {followUp.status === 'blocked' && (
        <>
          <dt>{t('followUps.fields.blockedCategory')}</dt>
          <dd>{followUp.blockedCategory ? t(`followUps.category.${followUp.blockedCategory}`) : '–'}</dd>
          <dt>{t('followUps.fields.blockedReason')}</dt>
          <dd>{followUp.blockedReason}</dd>
        </>
      )}
      <dt>{t('followUps.fields.dueOn')}</dt>
      <dd>{followUp.dueOn ? formatDay(followUp.dueOn) : t('followUps.noDueDate')}</dd>
      <dt>{t('followUps.fields.owner')}</dt>
      <dd>{(followUp.ownerId && lookups.names.get(followUp.ownerId)) || t('followUps.nobody')}</dd>
      <dt>{t('followUps.fields.case')}</dt>
      <dd>{linkedCase ? `${linkedCase.code} – ${linkedCase.title}` : t('followUps.form.noCase')}</dd>
      <dt>{t('followUps.fields.waiting')}</dt>
      <dd>{followUp.waitingOnThirdParty ? t('followUps.yes') : t('followUps.no')}</dd>
      {followUp.details && (
        <>
          <dt>{t('followUps.fields.details')}</dt>
          <dd className="prewrap">{followUp.details}</dd>
        </>
      )}
      {followUp.completionNote && (
        <>
          <dt>{t('followUps.fields.completionNote')}</dt>
          <dd className="prewrap">{followUp.completionNote}</dd>
        </>
      )}
    </dl>
  );
}

const NO_CASES: readonly string[] = [];

/** One follow-up: its facts, the actions on it (edit, status, light by hand) and its Ampeldokument history. */
export function FollowUpDetailDialog({ followUpId, initialMode = 'view', onEdit, onClose }: FollowUpDetailDialogProps) {
  const { t } = useTranslation();
  const followUp = useLiveQuery(async () => (await getFollowUp(followUpId)) ?? null, [followUpId]);
  const lookups = useFollowUpLookups(followUp?.caseId ? [followUp.caseId] : NO_CASES);
  const [mode, setMode] = useState<DetailMode>(initialMode);
  const [failure, setFailure] = useState<AppError | null>(null);
  const history = useLiveQuery(() => listFollowUpHistory(followUpId), [followUpId]);

  if (followUp === undefined || history === undefined || !lookups.ready)
    return (
      <ModalDialog title={t('followUps.detailTitle')} onClose={onClose}>
        <LoadingState />
      </ModalDialog>
    );
  if (followUp === null)
    return (
      <ModalDialog title={t('followUps.detailTitle')} onClose={onClose}>
        <ErrorAlert error={{ code: 'db/not-found', message: `followUps/${followUpId}` }} />
      </ModalDialog>
    );

  const current = computeLight(followUp, lookups.today, lookups.yellowDays).light;
  const back = () => setMode('view');
  const statusStart: FollowUpStatus = mode === 'done' ? 'done' : followUp.status;

  return (
    <ModalDialog title={followUp.title} onClose={onClose}>
      {mode === 'view' && (
        <>
          <Facts followUp={followUp} lookups={lookups} />
          {failure && <ErrorAlert error={failure} />}
          <div className="action-row">
            <Button className="button" onPress={() => onEdit(followUp.id)}>
              {t('followUps.edit')}
            </Button>
            <Button className="button" onPress={() => setMode('status')}>
              {t('followUps.changeStatus')}
            </Button>
            <Button className="button" onPress={() => setMode('override')}>
              {t('followUps.setLight')}
            </Button>
            {followUp.lightOverride && (
              <Button
                className="button"
                onPress={() => {
                  void clearLightOverride(followUp.id).then((cleared) => setFailure(cleared.ok ? null : cleared.error));
                }}
              >
                {t('followUps.clearLight')}
              </Button>
            )}
          </div>
          <FollowUpHistory followUp={followUp} entries={history} names={lookups.names} today={lookups.today} yellowDays={lookups.yellowDays} />
          <div className="dialog-actions">
            <Button className="button button-primary" onPress={onClose} autoFocus>
              {t('common.close')}
            </Button>
          </div>
        </>
      )}
      {(mode === 'status' || mode === 'done') && (
        <>
          <h3 className="subheading">{t('followUps.statusForm.title')}</h3>
          <StatusForm followUp={followUp} initialStatus={statusStart} onCancel={initialMode === 'done' ? onClose : back} onDone={initialMode === 'done' ? onClose : back} />
        </>
      )}
      {mode === 'override' && (
        <>
          <h3 className="subheading">{t('followUps.overrideForm.title')}</h3>
          <OverrideForm followUp={followUp} current={current} onCancel={back} onDone={back} />
        </>
      )}
    </ModalDialog>
  );
}
