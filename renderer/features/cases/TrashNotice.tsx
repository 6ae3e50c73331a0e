import { useEffect, useRef } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { selectSetTrashNotice, selectTrashNotice } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { useRestoreCase } from './useTrashCase';

/**
 * The notice after a case went into the recycle bin, with "Rückgängig". Its text
 * sits in a live region that is always present, so screen readers announce it; the
 * focus moves to the undo button, because the row or page it was on is gone.
 */
export function TrashNotice() {
  const { t } = useTranslation();
  const notice = useAppStore(selectTrashNotice);
  const setTrashNotice = useAppStore(selectSetTrashNotice);
  const restore = useRestoreCase();
  const undoRef = useRef<HTMLButtonElement>(null);
  const dismissRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!notice) return;
    const target = notice.state === 'trashed' ? undoRef.current : dismissRef.current;
    requestAnimationFrame(() => target?.focus());
  }, [notice]);

  // The notice belongs to the Fälle screen; leaving it forgets the notice.
  useEffect(() => () => setTrashNotice(null), [setTrashNotice]);

  const text = notice
    ? notice.state === 'trashed'
      ? t('caseTrash.trashedNotice', { code: notice.code })
      : t('caseTrash.restoredNotice', { code: notice.code })
    : '';
  return (
    <div className={notice ? 'toast' : 'toast toast-empty'}>
      <p role="status" className="toast-text">
        {text}
      </p>
      {notice?.state === 'trashed' && (
        <Button ref={undoRef} className="button button-small" onPress={() => void restore({ id: notice.caseId, code: notice.code })}>
          {t('caseTrash.undo')}
        </Button>
      )}
      {notice && (
        <Button ref={dismissRef} className="icon-button" aria-label={t('caseTrash.dismiss')} onPress={() => setTrashNotice(null)}>
          <span aria-hidden="true">×</span>
        </Button>
      )}
    </div>
  );
}
