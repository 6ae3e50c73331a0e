/**
 * Copies the text of a (read-only) text area. The desktop app denies clipboard
 * permission requests, so the asynchronous Clipboard API may be refused there;
 * selecting the text and running the editing "copy" command works inside a click.
 * When neither works the text stays selected, for the user to copy by hand.
 */
export async function copyFromTextArea(area: HTMLTextAreaElement): Promise<'copied' | 'selected'> {
  area.focus();
  area.select();
  try {
    // Deprecated but still the one copy path that needs no permission in Chromium and Electron.
    if (document.execCommand('copy')) return 'copied';
  } catch {
    // Fall through to the Clipboard API.
  }
  try {
    await navigator.clipboard.writeText(area.value);
    area.select();
    return 'copied';
  } catch {
    area.select();
    return 'selected';
  }
}
