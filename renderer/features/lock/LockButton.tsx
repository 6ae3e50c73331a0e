import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { lockApp } from '../../security/appLock';
import { useLockStatus } from './lockStatus';

/** "Sperren" in the header, shown only when an app passphrase is set. */
export function LockButton() {
  const { t } = useTranslation();
  const status = useLockStatus();
  if (status !== 'unlocked') return null;
  return (
    <Button className="button lock-button" onPress={lockApp}>
      {t('lock.lockNow')}
    </Button>
  );
}
