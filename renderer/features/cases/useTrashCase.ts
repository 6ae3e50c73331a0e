import { useCallback } from 'react';
import type { Case } from '../../../shared/model/case';
import { restoreCase, trashCase } from '../../db/repositories/cases';
import { selectSetTrashNotice, selectShowNotice } from '../../state/selectors';
import { useAppStore } from '../../state/store';

/** Puts a case into the recycle bin and offers "Rückgängig" in the notice; a failure shows as the screen's alert. */
export function useTrashCase(): (item: Pick<Case, 'id' | 'code'>) => Promise<boolean> {
  const setTrashNotice = useAppStore(selectSetTrashNotice);
  const showNotice = useAppStore(selectShowNotice);
  return useCallback(
    async (item) => {
      const trashed = await trashCase(item.id);
      if (!trashed.ok) {
        showNotice(trashed.error);
        return false;
      }
      setTrashNotice({ caseId: item.id, code: item.code, state: 'trashed' });
      return true;
    },
    [setTrashNotice, showNotice],
  );
}

/** Takes a case out of the recycle bin and says so in the notice. */
export function useRestoreCase(): (item: Pick<Case, 'id' | 'code'>) => Promise<boolean> {
  const setTrashNotice = useAppStore(selectSetTrashNotice);
  const showNotice = useAppStore(selectShowNotice);
  return useCallback(
    async (item) => {
      const restored = await restoreCase(item.id);
      if (!restored.ok) {
        showNotice(restored.error);
        return false;
      }
      setTrashNotice({ caseId: item.id, code: item.code, state: 'restored' });
      return true;
    },
    [setTrashNotice, showNotice],
  );
}
