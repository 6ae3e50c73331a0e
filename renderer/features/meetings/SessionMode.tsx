import { useState } from 'react';
import { Dialog, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { computeTimePlan } from '../../../shared/agenda/timePlan';
import { SessionView } from './SessionView';
import type { MeetingData } from './useMeetingData';

/**
 * Sitzungsmodus: for the laptop at the projector. Big, calm, and driven by the
 * keyboard; one item at a time with its timer, outcome, result and follow-ups.
 * `onClose(true)` when the meeting was ended (it is then marked durchgeführt).
 */
export function SessionMode({ data, onClose }: { data: MeetingData; onClose(ended: boolean): void }) {
  const { t } = useTranslation();
  const plan = computeTimePlan(data.items, data.meeting.startTime, data.meeting.plannedMinutes);
  // Start at the first item still open, so a session interrupted and resumed goes on where it stopped.
  const [index, setIndex] = useState(() => Math.max(0, plan.items.findIndex((row) => row.item.result === 'open')));
  const shown = Math.min(index, Math.max(0, plan.items.length - 1));
  const row = plan.items[shown];
  return (
    <ModalOverlay className="mt-session-overlay" isOpen isDismissable={false} isKeyboardDismissDisabled>
      <Modal className="mt-session">
        <Dialog className="mt-session-dialog" aria-label={t('meetingSession.title')}>
          {row ? (
            <SessionView key={row.item.id} data={data} plan={plan} index={shown} onGoTo={setIndex} onClose={onClose} />
          ) : (
            <div className="mt-session-empty">
              <p>{t('meetingSession.noItems')}</p>
              <button type="button" className="button" onClick={() => onClose(false)}>
                {t('meetingSession.leave')}
              </button>
            </div>
          )}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
