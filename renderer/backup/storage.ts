/**
 * Persistent storage: without it a browser may evict the whole IndexedDB under
 * disk pressure. The app asks once per start (after the first start; Chromium
 * decides by its own heuristics, Electron grants it through main's permission
 * handler) and Einstellungen shows the answer and how much space is used.
 */

export interface StorageInfo {
  /** null where the browser has no StorageManager (very old or unusual browsers). */
  readonly persisted: boolean | null;
  readonly usage: number | null;
  readonly quota: number | null;
}

function manager(): StorageManager | null {
  return typeof navigator !== 'undefined' && 'storage' in navigator ? navigator.storage : null;
}

/** Asks the browser to keep the app's data (never throws); true when it is persistent now. */
export async function requestPersistentStorage(): Promise<boolean> {
  const storage = manager();
  if (storage === null) return false;
  try {
    if (await storage.persisted()) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}

/** Whether the data is kept, and how much space is used of how much the browser allows. */
export async function readStorageInfo(): Promise<StorageInfo> {
  const storage = manager();
  if (storage === null) return { persisted: null, usage: null, quota: null };
  const [persisted, estimate] = await Promise.all([
    storage.persisted().catch(() => null),
    storage.estimate().catch((): StorageEstimate => ({})),
  ]);
  return { persisted, usage: estimate.usage ?? null, quota: estimate.quota ?? null };
}
