import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/errors/result';
import { ModalDialog } from '../../components/ModalDialog';
import { removeAgendaItem } from '../../db/repositories/agendaItems';
import { MeetingError } from './MeetingError';
import type { MeetingData } from './useMeetingData';

/** Asks before an item leaves the agenda; its sub-items stay and move up into its place. */
export function RemoveItemDialog({ data, itemId, onClose }: { data: MeetingData; itemId: string; onClose(): void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<AppError | null>(null);
  const item = data.items.find((i) => i.id === itemId);
  return (
    <ModalDialog title={t('agenda.removeTitle')} onClose={onClose} role="alertdialog" describedBy="remove-item-text" size="small">
      <p id="remove-item-text" className="dialog-text">
        {t('agenda.removeBody', { title: item?.title ?? '' })}
      </p>
      {error && <MeetingError error={error} />}
      <div className="dialog-actions">
        <Button className="button" onPress={onClose}>
          {t('common.cancel')}
        </Button>
        <Button className="button button-danger" onPress={() => void removeAgendaItem(itemId).then((r) => (r.ok ? onClose() : setError(r.error)))}>
          {t('agenda.remove')}
        </Button>
      </div>
    </ModalDialog>
  );
}
