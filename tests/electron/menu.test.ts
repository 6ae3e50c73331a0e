import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, test, vi } from 'vitest';
import { menuCommandSchema, type MenuCommand } from '../../shared/ipc/contract';
import { buildMenuTemplate } from '../../electron/main/menu';

vi.mock('electron', () => {
  throw new Error('the menu template must not import electron');
});

function build(language: 'de' | 'en', options: { isPackaged?: boolean; platform?: NodeJS.Platform } = {}) {
  const sent: MenuCommand[] = [];
  const template = buildMenuTemplate(language, {
    isPackaged: options.isPackaged ?? true,
    platform: options.platform ?? 'linux',
    send: (command) => sent.push(command),
  });
  return { template, sent };
}

function submenu(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  if (!item || !Array.isArray(item.submenu)) throw new Error(`no submenu in ${item?.label}`);
  return item.submenu;
}

const labels = (items: MenuItemConstructorOptions[]) => items.filter((item) => item.type !== 'separator').map((item) => item.label);
// Clicking an item the way Electron does: (menuItem, window, event); our items ignore the arguments.
const click = (item: MenuItemConstructorOptions | undefined) =>
  (item?.click as (() => void) | undefined)?.();

describe('the application menu', () => {
  test('speaks German', () => {
    const { template } = build('de');
    expect(template.map((item) => item.label)).toEqual(['Datei', 'Bearbeiten', 'Ansicht', 'Hilfe']);
    expect(labels(submenu(template[0]))).toEqual(['Neuer Fall', 'Drucken/PDF …', 'Sperren', 'Beenden']);
    expect(labels(submenu(template[2]))).toEqual(['Übersicht', 'Fälle', 'Sitzungen', 'Aufgaben', 'Berichte', 'Austausch', 'Einstellungen']);
    expect(labels(submenu(template[3]))).toEqual(['Über Runder Tisch']);
  });

  test('speaks English', () => {
    const { template } = build('en');
    expect(template.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(labels(submenu(template[0]))).toEqual(['New case', 'Print/PDF …', 'Lock', 'Quit']);
    expect(labels(submenu(template[1]))).toEqual(['Undo', 'Redo', 'Cut', 'Copy', 'Paste', 'Select all']);
    expect(labels(submenu(template[2]))).toEqual(['Overview', 'Cases', 'Meetings', 'Tasks', 'Reports', 'Exchange', 'Settings']);
  });

  test('editing uses the standard roles, so copy and paste work in every text field', () => {
    const { template } = build('de');
    expect(submenu(template[1]).filter((item) => item.role).map((item) => item.role)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
  });

  test('each view item sends a valid navigate command for its screen', () => {
    const { template, sent } = build('de');
    for (const item of submenu(template[2])) click(item);
    expect(sent.map((command) => menuCommandSchema.parse(command))).toEqual([
      { command: 'navigate', screen: 'overview' },
      { command: 'navigate', screen: 'cases' },
      { command: 'navigate', screen: 'meetings' },
      { command: 'navigate', screen: 'followUps' },
      { command: 'navigate', screen: 'reports' },
      { command: 'navigate', screen: 'exchange' },
      { command: 'navigate', screen: 'settings' },
    ]);
  });

  test('“Neuer Fall”, “Drucken” and “Sperren” send their commands', () => {
    const { template, sent } = build('de');
    const [newCase, print, lock] = submenu(template[0]);
    click(newCase);
    click(print);
    click(lock);
    expect(sent).toEqual([{ command: 'new-case' }, { command: 'print' }, { command: 'lock' }]);
    expect([newCase?.accelerator, print?.accelerator, lock?.accelerator]).toEqual(['CmdOrCtrl+N', 'CmdOrCtrl+P', 'CmdOrCtrl+L']);
  });

  test('reload and developer tools exist only in development runs', () => {
    const roles = (isPackaged: boolean) => submenu(build('de', { isPackaged }).template[2]).map((item) => item.role);
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(true)).not.toContain('reload');
    expect(roles(false)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  test('macOS gets its app menu first', () => {
    expect(build('de', { platform: 'darwin' }).template[0]).toEqual({ role: 'appMenu' });
  });
});
