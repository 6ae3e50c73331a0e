/**
 * The app may be open in several tabs (web mode). Each holds its own key, so a tab
 * tells the others when it locked (they lock too: whoever walks up to the laptop
 * should find every tab locked) and when the passphrase was set or removed (they
 * re-read the lock state, so no tab goes on writing text in the clear).
 */

export type LockAnnouncement = 'locked' | 'changed';

const CHANNEL_NAME = 'runder-tisch-app-lock';
let channel: BroadcastChannel | null = null;

function openChannel(): BroadcastChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  channel ??= new BroadcastChannel(CHANNEL_NAME);
  return channel;
}

/** Tells the other tabs (a tab does not hear its own messages). */
export function announceToOtherTabs(message: LockAnnouncement): void {
  openChannel()?.postMessage(message);
}

/** Calls the handler for every announcement from another tab; returns the way to stop listening. */
export function listenToOtherTabs(handler: (message: LockAnnouncement) => void): () => void {
  const open = openChannel();
  if (!open) return () => undefined;
  const onMessage = (event: MessageEvent<unknown>) => {
    if (event.data === 'locked' || event.data === 'changed') handler(event.data);
  };
  open.addEventListener('message', onMessage);
  return () => open.removeEventListener('message', onMessage);
}
