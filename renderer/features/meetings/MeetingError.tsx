import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/errors/result';
import { MEETING_CANCELLED, MEETING_LOCKED } from '../../db/repositories/meetings';
import { errorMessage } from '../../i18n/errors';
import { useLanguage } from '../../i18n/useLanguage';

/** A failed meeting write in the user's words: locked minutes and cancelled meetings get their own explanation. */
export function MeetingError({ error, onDismiss }: { error: AppError; onDismiss?: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const text =
    error.message === MEETING_LOCKED ? t('meetings.errorLocked') : error.message === MEETING_CANCELLED ? t('meetings.errorCancelled') : errorMessage(error, language);
  return (
    <div className="alert" role="alert">
      <p>{text}</p>
      {onDismiss && (
        <Button className="button button-quiet" onPress={onDismiss}>
          {t('common.dismiss')}
        </Button>
      )}
    </div>
  );
}
