import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, openAppPage, type AppPage } from './support/browser';
import { completeFirstStart } from './support/firstStart';

// The main flows with the keyboard alone (page.keyboard only: Tab, Shift+Tab, arrows,
// Enter, Space, Escape, typing): create a case, add a follow-up, prepare and run a
// meeting, export with a passphrase. Every element Tab reaches must show a focus
// indicator; Tab must move on to a new element each time and Shift+Tab come back; a
// walk from a screen's content must get round to the navigation again (no trap); and a
// dialog closed with Escape must hand the focus back to the button that opened it.

const TITLE = 'Wohnung gesucht';
const TASK = 'Unterlagen beim Jobcenter einreichen';
const OUTCOME = 'Unterlagen sind vollständig.';
const PASSPHRASE = 'Kanu Tulpe Regen Brücke';
/** More than any screen or dialog of the app has focusable elements between two targets. */
const MAX_TABS = 120;

interface Focused {
  /** A stable number per element for this page (a WeakMap in the page; the DOM is not touched). */
  id: number;
  /** What a person would recognise in a failure message: tag, role and text. */
  what: string;
  /** The computed outline or box-shadow that shows where the focus is ('' when there is none). */
  indicator: string;
  inNavigation: boolean;
}

/** Where the focus is, and whether it can be seen (on the element or the react-aria wrapper that draws its ring). */
function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const w = window as unknown as { __kbIds?: WeakMap<Element, number>; __kbNext?: number };
    w.__kbIds ??= new WeakMap();
    const active = document.activeElement;
    if (!active || active === document.body) return null;
    let id = w.__kbIds.get(active);
    if (id === undefined) {
      w.__kbNext = (w.__kbNext ?? 0) + 1;
      id = w.__kbNext;
      w.__kbIds.set(active, id);
    }
    const ringOf = (el: Element): string => {
      const style = getComputedStyle(el);
      if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) return `outline ${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}`;
      return style.boxShadow !== 'none' ? `box-shadow ${style.boxShadow}` : '';
    };
    // react-aria draws the ring of a checkbox, radio or switch on the label around its hidden input.
    let indicator = ringOf(active);
    for (let el = active.parentElement, depth = 0; !indicator && el && depth < 3; el = el.parentElement, depth += 1) {
      if (el.hasAttribute('data-focus-visible')) indicator = ringOf(el);
    }
    const label = active.getAttribute('aria-label') ?? (active as HTMLInputElement).labels?.[0]?.textContent ?? active.textContent ?? '';
    const role = active.getAttribute('role') ?? '';
    return {
      id,
      what: `<${active.tagName.toLowerCase()}${role ? ` role=${role}` : ''}> “${label.trim().replace(/\s+/g, ' ').slice(0, 60)}”`,
      indicator,
      inNavigation: active.closest('nav') !== null,
    };
  });
}

async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluateAll((elements) => (elements as Element[]).includes(document.activeElement as Element));
}

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus. On the way every element must
 * show a focus indicator and each press must move to a new element; once there,
 * Shift+Tab then Tab must come back to it. Fails with the path taken when the target is
 * never reached (it is not in the tab order, or the focus went round without it).
 */
async function tabTo(page: Page, target: Locator, options: { backwards?: boolean } = {}): Promise<void> {
  // A person tabs to a button once it is on the screen: wait for it (a screen may still be reading its data).
  await target.first().waitFor({ state: 'attached' });
  const key = options.backwards ? 'Shift+Tab' : 'Tab';
  const path: string[] = [];
  const seen = new Set<number>();
  let previous: number | null = null;
  for (let presses = 0; presses < MAX_TABS; presses += 1) {
    await page.keyboard.press(key);
    const now = await focused(page);
    if (now === null) {
      // Past the last element the focus leaves the page for the browser; the next press comes back.
      path.push('(outside the page)');
      previous = null;
      continue;
    }
    path.push(now.what);
    expect(now.id, `${key} did not move the focus from ${now.what} (a keyboard trap)\n${path.join('\n')}`).not.toBe(previous);
    expect(now.indicator, `no visible focus indicator on ${now.what}`).not.toBe('');
    if (await isFocused(target)) {
      await expectReversible(page, target, now);
      return;
    }
    if (seen.has(now.id)) throw new Error(`${key} went round without reaching ${String(target)}:\n${path.join('\n')}`);
    seen.add(now.id);
    previous = now.id;
  }
  throw new Error(`${String(target)} not reached in ${MAX_TABS} presses of ${key}:\n${path.join('\n')}`);
}

/** Shift+Tab leaves the element for another one and Tab comes back to it. */
async function expectReversible(page: Page, target: Locator, at: Focused): Promise<void> {
  await page.keyboard.press('Shift+Tab');
  const before = await focused(page);
  expect(before?.id, `Shift+Tab did not leave ${at.what}`).not.toBe(at.id);
  await page.keyboard.press('Tab');
  expect(await isFocused(target), `Tab after Shift+Tab did not come back to ${at.what}`).toBe(true);
}

/** From where the focus is, Tab must get round to the main navigation again: nothing on the screen holds it. */
async function expectNoTrap(page: Page, screen: string): Promise<void> {
  const path: string[] = [];
  for (let presses = 0; presses < MAX_TABS * 2; presses += 1) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    path.push(now?.what ?? '(outside the page)');
    if (now?.inNavigation) return;
  }
  throw new Error(`on ${screen}, Tab never got back to the navigation:\n${path.slice(-40).join('\n')}`);
}

/** Opens a screen from the navigation by keyboard, from wherever the focus is. */
async function goTo(page: Page, screen: string): Promise<void> {
  const button = page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('button', { name: screen });
  await tabTo(page, button, { backwards: true });
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(screen);
  // …and waits until the screen has read its data ("Wird geladen …" gone) before tabbing on.
  await page.getByRole('main').getByRole('status').filter({ hasText: 'Wird geladen' }).first().waitFor({ state: 'detached' });
}

/** Opens a dialog with Enter on its trigger; Escape must close it and give the focus back to the trigger. */
async function expectEscapeReturnsFocus(page: Page, trigger: Locator, dialog: Locator): Promise<void> {
  await tabTo(page, trigger);
  await page.keyboard.press('Enter');
  await dialog.waitFor();
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  await expect.poll(() => isFocused(trigger), { message: 'Escape did not return the focus to the dialog’s trigger' }).toBe(true);
}

/** In an open react-aria Select's list, moves down until the option is focused, then takes it. */
async function pickOption(page: Page, option: Locator): Promise<void> {
  await page.getByRole('listbox').waitFor();
  for (let step = 0; step < 30 && !(await isFocused(option)); step += 1) await page.keyboard.press('ArrowDown');
  expect(await isFocused(option)).toBe(true);
  await page.keyboard.press('Enter');
}

/** Moves to the tab list (Shift+Tab to its selected tab) and selects a tab with the arrow keys. */
async function selectTab(page: Page, name: string): Promise<void> {
  await tabTo(page, page.getByRole('tab', { selected: true }), { backwards: true });
  const tab = page.getByRole('tab', { name });
  for (let step = 0; step < 6 && (await tab.getAttribute('aria-selected')) !== 'true'; step += 1) await page.keyboard.press('ArrowRight');
  await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true');
}

/**
 * Tabs to a date field's first segment and types the day `offset` days from today
 * (ddmmyyyy). On a loaded machine a late re-render can take the focus mid-entry; a
 * person would type the date again, and so does the test (at most three times).
 */
async function typeDay(page: Page, group: Locator, offset: number): Promise<void> {
  const day = new Date(Date.now() + offset * 86_400_000);
  const digits = `${String(day.getDate()).padStart(2, '0')}${String(day.getMonth() + 1).padStart(2, '0')}${day.getFullYear()}`;
  const shown = `${day.getDate()}.${day.getMonth() + 1}.${day.getFullYear()}`;
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    await tabTo(page, group.getByRole('spinbutton').first());
    await page.keyboard.type(digits);
    const ok = await expect
      .poll(() => group.textContent(), { timeout: 3000 })
      .toContain(shown)
      .then(() => true)
      .catch(() => false);
    if (ok) return;
  }
  await expect.poll(() => group.textContent()).toContain(shown);
}

describe('Keyboard only', () => {
  let browser: Browser;
  let context: BrowserContext;
  let app: AppPage;
  let page: Page;
  let code = '';

  beforeAll(async () => {
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin', viewport: { width: 1280, height: 900 } });
    app = await openAppPage(context);
    page = app.page;
    await completeFirstStart(page, { name: 'Mara K.' });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  test('create a case', async () => {
    await goTo(page, 'Fälle');
    const newCase = page.getByRole('button', { name: 'Neuer Fall' }).first();
    const dialog = page.getByRole('dialog', { name: 'Neuer Fall' });
    await expectEscapeReturnsFocus(page, newCase, dialog);
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    code = await dialog.getByRole('textbox', { name: 'Kürzel' }).inputValue();
    await tabTo(page, dialog.getByRole('textbox', { name: 'Titel', exact: true }));
    await page.keyboard.type(TITLE);
    await tabTo(page, dialog.getByRole('checkbox', { name: 'Wohnen' }));
    await page.keyboard.press('Space');
    await tabTo(page, dialog.getByRole('button', { name: 'Fall anlegen' }));
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('heading', { level: 2, name: new RegExp(code) }).waitFor();
    await expectNoTrap(page, 'the case page');
  });

  test('add a follow-up to it', async () => {
    await goTo(page, 'Aufgaben');
    const add = page.getByRole('button', { name: 'Neue Aufgabe' });
    const dialog = page.getByRole('dialog', { name: 'Neue Aufgabe' });
    await expectEscapeReturnsFocus(page, add, dialog);
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await tabTo(page, dialog.getByRole('textbox', { name: 'Was ist zu tun?' }));
    await page.keyboard.type(TASK);
    await tabTo(page, dialog.getByRole('button', { name: /Fall$/ }));
    await page.keyboard.press('Enter');
    await pickOption(page, page.getByRole('option', { name: `${code} – ${TITLE}` }));
    // Overdue since yesterday, so "Tagesordnung vorbereiten" proposes the case.
    await typeDay(page, dialog.getByRole('group', { name: 'Fällig am' }), -1);
    await tabTo(page, dialog.getByRole('button', { name: 'Aufgabe anlegen' }));
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('article', { name: TASK }).waitFor();
    await expectNoTrap(page, 'Aufgaben');
  });

  test('prepare and run a meeting', async () => {
    await goTo(page, 'Sitzungen');
    await tabTo(page, page.getByRole('button', { name: 'Neue Sitzung' }));
    await page.keyboard.press('Enter');
    const meetingDialog = page.getByRole('dialog', { name: 'Neue Sitzung' });
    await meetingDialog.waitFor();
    await tabTo(page, meetingDialog.getByRole('button', { name: 'Sitzung anlegen' }));
    await page.keyboard.press('Enter');
    await meetingDialog.waitFor({ state: 'detached' });
    await page.getByRole('list', { name: 'Tagesordnung' }).waitFor();

    const prepareButton = page.getByRole('button', { name: 'Tagesordnung vorbereiten' });
    const prepare = page.getByRole('dialog', { name: 'Tagesordnung vorbereiten' });
    await expectEscapeReturnsFocus(page, prepareButton, prepare);
    await page.keyboard.press('Enter');
    await prepare.getByRole('heading', { name: '1 Vorschlag' }).waitFor();
    await tabTo(page, prepare.getByRole('button', { name: `„${code} – ${TITLE}“ übernehmen` }));
    await page.keyboard.press('Enter');
    await prepare.getByText('Keine weiteren Vorschläge.').waitFor();
    await tabTo(page, prepare.getByRole('button', { name: 'Weiter zur Prüfung' }));
    await page.keyboard.press('Enter');
    await tabTo(page, prepare.getByRole('button', { name: 'Fertig' }));
    await page.keyboard.press('Enter');
    await prepare.waitFor({ state: 'detached' });
    await page.getByRole('list', { name: 'Tagesordnung' }).getByText(`${code} – ${TITLE}`).waitFor();

    await tabTo(page, page.getByRole('button', { name: 'Sitzungsmodus starten' }));
    await page.keyboard.press('Enter');
    const session = page.getByRole('dialog', { name: 'Sitzungsmodus' });
    await session.getByRole('heading', { level: 2, name: /^TOP 1:/ }).waitFor();
    await page.keyboard.press('Alt+ArrowRight');
    await session.getByRole('heading', { level: 2, name: /^TOP 2:/ }).waitFor();
    await page.keyboard.press('Alt+ArrowRight');
    await session.getByRole('heading', { level: 2, name: `TOP 3: ${code} – ${TITLE}` }).waitFor();
    await tabTo(page, session.getByRole('textbox', { name: 'Ergebnis / Beschluss' }));
    await page.keyboard.type(OUTCOME);
    await page.keyboard.press('Alt+KeyE');
    await session.getByText('TOP 3 ist erledigt.').waitFor();
    await tabTo(page, session.getByRole('button', { name: 'Sitzung beenden' }).last());
    await page.keyboard.press('Enter');
    await session.waitFor({ state: 'detached' });
    // What was recorded reaches the Protokoll's draft.
    await tabTo(page, page.getByRole('button', { name: 'Protokoll aus der Sitzung erzeugen' }));
    await page.keyboard.press('Enter');
    const minutes = page.getByRole('textbox', { name: 'Text des Protokolls' });
    await expect.poll(() => minutes.inputValue()).toContain(OUTCOME);
    await expectNoTrap(page, 'the meeting page');
  });

  test('export with a passphrase', async () => {
    await goTo(page, 'Austausch');
    // Export needs this member's keys first (the file is signed), made on the Mitgliedskarte tab.
    await selectTab(page, 'Mitgliedskarte');
    await tabTo(page, page.getByRole('button', { name: 'Schlüssel erzeugen' }));
    await page.keyboard.press('Enter');
    await page.getByRole('textbox', { name: 'Text Ihrer Mitgliedskarte' }).waitFor();
    await selectTab(page, 'Exportieren');
    await tabTo(page, page.getByRole('radio', { name: /Alle aktiven Mitglieder/ }));
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.getByRole('radio', { name: /Wer die Passphrase kennt/ }).isChecked()).toBe(true);
    await tabTo(page, page.getByRole('textbox', { name: /^Passphrase\W*$/ }));
    await page.keyboard.type(PASSPHRASE);
    await tabTo(page, page.getByRole('textbox', { name: 'Passphrase wiederholen' }));
    await page.keyboard.type(PASSPHRASE);
    await tabTo(page, page.getByRole('button', { name: 'Exportieren und speichern' }));
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/\.age$/);
    await page.getByRole('status').filter({ hasText: /^Exportiert:/ }).waitFor();
    await expectNoTrap(page, 'Austausch');
    expect(app.errors).toEqual([]);
  });
});
