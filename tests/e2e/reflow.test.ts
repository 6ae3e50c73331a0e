import type { Browser, BrowserContext, CDPSession, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, openAppPage, type AppPage } from './support/browser';
import { openExchangeTab, openScreen, press } from './support/exchange';

// Reflow (WCAG 1.4.10, 1.4.4): each main screen in a 1024×768 window and at 200 % browser
// zoom of that window. Zooming to 200 % halves the CSS pixels the page has (512×384) and
// doubles the device pixels per CSS pixel, which is what Emulation.setDeviceMetricsOverride
// sets here. The page itself must never scroll sideways (a data grid may, inside its own
// box), and the navigation and the screen's main action must be within reach: inside the
// window's width, reachable by scrolling down only.

const SIZES = [
  { label: '1024×768', width: 1024, height: 768, deviceScaleFactor: 1 },
  { label: '200 % zoom (512×384 CSS px)', width: 512, height: 384, deviceScaleFactor: 2 },
] as const;

interface Overflow {
  scrollWidth: number;
  clientWidth: number;
  /** The widest elements sticking out to the right, to say where the page breaks. */
  culprits: string[];
}

/** How far the page itself scrolls sideways, and which elements (outside scrolling boxes) stick out. */
function pageOverflow(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    const width = root.clientWidth;
    const scrollsItself = (el: Element | null): boolean => {
      for (let at = el?.parentElement ?? null; at && at !== document.body; at = at.parentElement) {
        const overflowX = getComputedStyle(at).overflowX;
        if (overflowX === 'auto' || overflowX === 'scroll' || overflowX === 'hidden' || overflowX === 'clip') return true;
      }
      return false;
    };
    const sticksOut = (el: Element): boolean => el.getBoundingClientRect().right > width + 1 && !scrollsItself(el);
    // The innermost ones: their ancestors only stick out because of them.
    const culprits = [...document.body.querySelectorAll('*')]
      .filter((el) => sticksOut(el) && ![...el.children].some(sticksOut))
      .slice(0, 8)
      .map((el) => `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> “${(el.textContent ?? '').trim().slice(0, 30)}” right ${Math.round(el.getBoundingClientRect().right)}`);
    return { scrollWidth: root.scrollWidth, clientWidth: width, culprits };
  });
}

/** The element is shown and lies within the window's width (so it is reached by vertical scrolling alone). */
async function withinWidth(page: Page, target: Locator): Promise<boolean> {
  const box = await target.boundingBox();
  const width = await page.evaluate(() => (document.scrollingElement ?? document.documentElement).clientWidth);
  return box !== null && box.width > 0 && box.x >= 0 && box.x + box.width <= width + 1;
}

describe('Reflow at 1024×768 and at 200 % zoom', () => {
  let browser: Browser;
  let context: BrowserContext;
  let app: AppPage;
  let page: Page;
  let cdp: CDPSession;
  const problems: string[] = [];

  async function checkScreen(screen: string, mainAction: () => Locator): Promise<void> {
    for (const size of SIZES) {
      await cdp.send('Emulation.setDeviceMetricsOverride', { width: size.width, height: size.height, deviceScaleFactor: size.deviceScaleFactor, mobile: false });
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const overflow = await pageOverflow(page);
      if (overflow.scrollWidth > overflow.clientWidth + 1) {
        problems.push(`${screen} at ${size.label}: the page scrolls sideways (${overflow.scrollWidth} > ${overflow.clientWidth} px)\n    ${overflow.culprits.join('\n    ')}`);
      }
      const nav = page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('button');
      for (const button of await nav.all()) {
        if (!(await withinWidth(page, button))) problems.push(`${screen} at ${size.label}: navigation button “${(await button.textContent()) ?? ''}” is outside the window`);
      }
      if (!(await withinWidth(page, mainAction()))) problems.push(`${screen} at ${size.label}: the main action ${String(mainAction())} is outside the window`);
    }
  }

  beforeAll(async () => {
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin', viewport: { width: 1024, height: 768 } });
    app = await openAppPage(context);
    page = app.page;
    cdp = await context.newCDPSession(page);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  test('every main screen reflows without sideways scrolling, with navigation and main action in reach', async () => {
    await page.getByRole('heading', { level: 1, name: 'Willkommen beim Runden Tisch' }).waitFor();
    await checkScreen('Erster Start', () => page.getByRole('button', { name: 'Demodaten laden' }));
    await page.getByLabel('Name oder Initialen').fill('AK');
    await press(page.getByRole('button', { name: 'Demodaten laden' }), 'Enter');
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).waitFor({ timeout: 60_000 });

    await openScreen(page, 'Übersicht');
    await page.getByRole('region', { name: 'Nächste Sitzung' }).waitFor();
    await checkScreen('Übersicht', () => page.getByRole('region', { name: 'Nächste Sitzung' }).getByRole('heading'));

    await openScreen(page, 'Fälle');
    await page.getByRole('grid', { name: 'Fälle' }).getByRole('row').filter({ hasText: /RT-\d{4}-\d{3}/ }).first().waitFor();
    await checkScreen('Fälle', () => page.getByRole('button', { name: 'Neuer Fall' }).first());

    await press(page.getByRole('grid', { name: 'Fälle' }).getByRole('row').filter({ hasText: /RT-\d{4}-\d{3}/ }).first(), 'Enter');
    await page.getByRole('region', { name: 'Angaben zum Fall' }).waitFor();
    await checkScreen('Fallseite', () => page.getByRole('button', { name: 'Änderungen speichern' }));

    await press(page.getByRole('button', { name: 'Zur Fallliste' }), 'Enter');
    await press(page.getByRole('group', { name: 'Ansicht' }).getByRole('button', { name: 'Anliegen' }), 'Enter');
    await checkScreen('Anliegen', () => page.getByLabel('Titel des neuen Anliegens'));

    await openScreen(page, 'Aufgaben');
    await press(page.getByRole('tab', { name: 'Alle' }), 'Enter');
    await page.getByRole('article').first().waitFor();
    await checkScreen('Aufgaben', () => page.getByRole('button', { name: 'Neue Aufgabe' }));

    await openScreen(page, 'Sitzungen');
    await checkScreen('Sitzungen', () => page.getByRole('button', { name: 'Neue Sitzung' }));
    await press(page.getByRole('button', { name: 'Neue Sitzung' }), 'Enter');
    const meetingDialog = page.getByRole('dialog', { name: 'Neue Sitzung' });
    await checkScreen('Dialog „Neue Sitzung“', () => meetingDialog.getByRole('button', { name: 'Sitzung anlegen' }));
    await press(meetingDialog.getByRole('button', { name: 'Sitzung anlegen' }), 'Enter');
    await meetingDialog.waitFor({ state: 'detached' });
    await page.getByRole('list', { name: 'Tagesordnung' }).waitFor();
    await checkScreen('Sitzung', () => page.getByRole('button', { name: 'Sitzungsmodus starten' }));
    await press(page.getByRole('button', { name: 'Sitzungsmodus starten' }), 'Enter');
    const session = page.getByRole('dialog', { name: 'Sitzungsmodus' });
    await session.getByRole('heading', { level: 2, name: /^TOP 1:/ }).waitFor();
    await checkScreen('Sitzungsmodus', () => session.getByRole('button', { name: 'Sitzung beenden' }).last());
    await press(session.getByRole('button', { name: 'Sitzung beenden' }).last(), 'Enter');
    await session.waitFor({ state: 'detached' });

    await openScreen(page, 'Berichte');
    await checkScreen('Berichte', () => page.getByRole('button', { name: 'Bericht erstellen' }));

    await openExchangeTab(page, 'Exportieren');
    await checkScreen('Austausch', () => page.getByRole('button', { name: 'Exportieren und speichern' }));

    await openScreen(page, 'Einstellungen');
    await checkScreen('Einstellungen', () => page.getByRole('heading', { level: 2 }).first());

    expect(problems.join('\n')).toBe('');
    expect(app.errors).toEqual([]);
  });
});
