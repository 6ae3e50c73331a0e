import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../shared/errors/result';
import { errorMessage } from '../i18n/errors';
import { useLanguage } from '../i18n/useLanguage';

/** An error value in the user's words, announced at once (role=alert); optionally dismissable. */
export function ErrorAlert({ error, onDismiss }: { error: AppError; onDismiss?: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="alert" role="alert">
      <p>{errorMessage(error, language)}</p>
      {onDismiss && (
        <Button className="button button-quiet" onPress={onDismiss}>
          {t('common.dismiss')}
        </Button>
      )}
    </div>
  );
}
