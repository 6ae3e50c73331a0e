import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/**
 * axe-core in the built app under its real, strict CSP (script-src 'self', no inline,
 * no eval). The source goes in through page.evaluate, which Chromium runs over the
 * DevTools protocol and does not subject to the page's CSP, so the app's context stays
 * as it is in production — no bypassCSP anywhere.
 */

/** The rule sets of BITV 2.0 / EN 301 549, as axe tags them. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const FAILING_IMPACTS = new Set(['serious', 'critical']);
/**
 * react-aria's live announcer: a pending Button announces itself by aria-labelledby
 * for 7 s, and when the button is gone by then (a dialog closed, a screen changed)
 * the stale reference shows up as role-img-alt. The app says every outcome in its own
 * role=status text, so this third-party scratch area is left out of the check.
 */
const EXCLUDED = ['[data-live-announcer]'];

interface AxeNode {
  target: unknown[];
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: AxeNode[];
}

let axeSource: Promise<string> | undefined;

function loadAxeSource(): Promise<string> {
  const require = createRequire(import.meta.url);
  axeSource ??= readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

/** Puts axe on the page once (a reload or navigation takes it away; this notices). */
async function injectAxe(page: Page): Promise<void> {
  const present = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (present) return;
  const source = await loadAxeSource();
  // A string is evaluated as a script body; the trailing expression keeps the result small.
  await page.evaluate(`${source}\n;true`);
}

export interface AxeScope {
  /**
   * A CSS selector to check only part of the page, e.g. an open modal dialog whose
   * background (inert behind it) was already checked on its own: axe's time grows with
   * the size of the DOM, and a long list behind a dialog costs seconds per check.
   */
  within?: string;
}

/** Runs axe with the WCAG 2.0/2.1 A and AA rules over the document (or a part of it) and returns its violations. */
export async function runAxe(page: Page, scope: AxeScope = {}): Promise<AxeViolation[]> {
  await injectAxe(page);
  return page.evaluate(async ({ tags, exclude, within }: { tags: string[]; exclude: string[]; within: string | null }) => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const context = { ...(within ? { include: [[within]] } : {}), exclude: exclude.map((selector) => [selector]) };
    const result = await axe.run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  }, { tags: WCAG_TAGS, exclude: EXCLUDED, within: scope.within ?? null });
}

/** One readable line per violation and element: rule, impact, selector, help. */
export function formatViolations(violations: readonly AxeViolation[]): string {
  return violations
    .flatMap((v) => v.nodes.map((n) => `  - [${v.impact ?? 'unknown'}] ${v.id}: ${n.target.map(String).join(' > ')} — ${v.help}${n.failureSummary ? `\n      ${n.failureSummary.replace(/\n/g, '\n      ')}` : ''}`))
    .join('\n');
}

/**
 * Fails with a readable list when axe finds a serious or critical WCAG 2.1 A/AA
 * violation on what the page shows now. `label` names the screen or dialog in the
 * message. Meant to be called on every screen and dialog (the lock screen too).
 */
export async function expectNoSeriousA11yViolations(page: Page, label: string, scope: AxeScope = {}): Promise<void> {
  const violations = await runAxe(page, scope);
  const serious = violations.filter((v) => v.impact !== null && FAILING_IMPACTS.has(v.impact));
  if (serious.length > 0) {
    throw new Error(`axe found ${serious.length} serious/critical accessibility violation(s) on "${label}":\n${formatViolations(serious)}`);
  }
}
