/** The id of the heading each Fälle view (case page, recycle bin) moves focus to when it opens. */
export const CASES_HEADING_ID = 'cases-view-heading';

/**
 * Moves focus to the current view's heading (or the screen's title), after React
 * has rendered: used when the control that had focus has gone with a case.
 */
export function focusCasesHeading(): void {
  requestAnimationFrame(() => {
    const heading = document.getElementById(CASES_HEADING_ID) ?? document.querySelector<HTMLElement>('main h1');
    heading?.focus();
  });
}
