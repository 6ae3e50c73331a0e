import type { MenuItemConstructorOptions } from 'electron';
import { SCREENS, type Language, type MenuCommand } from '../../shared/ipc/contract';
import { MENU_LABELS } from './menuLabels';

export interface MenuOptions {
  /** Reload and developer tools appear only in unpackaged (development) runs. */
  readonly isPackaged: boolean;
  readonly platform: NodeJS.Platform;
  /** Delivers a command to the focused app window's renderer. */
  send(command: MenuCommand): void;
}

/** The application menu in the given language, as a template for Menu.buildFromTemplate. */
export function buildMenuTemplate(language: Language, options: MenuOptions): MenuItemConstructorOptions[] {
  const labels = MENU_LABELS[language];
  const screenItems: MenuItemConstructorOptions[] = SCREENS.map((screen, index) => ({
    label: labels.screens[screen],
    accelerator: `CmdOrCtrl+${index + 1}`,
    click: () => options.send({ command: 'navigate', screen }),
  }));
  const developerItems: MenuItemConstructorOptions[] = options.isPackaged
    ? []
    : [{ type: 'separator' }, { role: 'reload', label: labels.reload }, { role: 'toggleDevTools', label: labels.devTools }];

  const template: MenuItemConstructorOptions[] = [
    {
      label: labels.file,
      submenu: [
        { label: labels.newCase, accelerator: 'CmdOrCtrl+N', click: () => options.send({ command: 'new-case' }) },
        { label: labels.print, accelerator: 'CmdOrCtrl+P', click: () => options.send({ command: 'print' }) },
        { label: labels.lock, accelerator: 'CmdOrCtrl+L', click: () => options.send({ command: 'lock' }) },
        { type: 'separator' },
        { role: 'quit', label: labels.quit },
      ],
    },
    {
      label: labels.edit,
      submenu: [
        { role: 'undo', label: labels.undo },
        { role: 'redo', label: labels.redo },
        { type: 'separator' },
        { role: 'cut', label: labels.cut },
        { role: 'copy', label: labels.copy },
        { role: 'paste', label: labels.paste },
        { role: 'selectAll', label: labels.selectAll },
      ],
    },
    { label: labels.view, submenu: [...screenItems, ...developerItems] },
    { label: labels.help, role: 'help', submenu: [{ role: 'about', label: labels.about }] },
  ];
  // macOS shows the first menu under the app's name; give it the standard app menu.
  return options.platform === 'darwin' ? [{ role: 'appMenu' }, ...template] : template;
}
