import { useEffect } from 'react';
import { getPlatform } from '../platform';
import { lockApp } from '../security/appLock';
import { useAppStore } from '../state/store';

/** Follows the desktop application menu: navigate, open "new case", print the current screen, lock. */
export function useMenuCommands(): void {
  useEffect(
    () =>
      getPlatform().onMenuCommand((command) => {
        // Read the store at the moment of the command, so the subscription never goes stale.
        const store = useAppStore.getState();
        switch (command.command) {
          case 'navigate':
            store.navigate(command.screen);
            break;
          case 'new-case':
            store.navigate('cases');
            store.openDialog({ kind: 'caseForm', caseId: null });
            break;
          case 'print':
            void getPlatform()
              .printToPdf({ suggestedName: `Runder-Tisch-${store.screen}`, landscape: false })
              .then((printed) => {
                if (!printed.ok && printed.error.code !== 'file/cancelled') store.showNotice(printed.error);
              });
            break;
          case 'lock':
            lockApp();
            break;
        }
      }),
    [],
  );
}
