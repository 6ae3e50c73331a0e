/**
 * The app's own origin. The renderer is served from `app://runder-tisch/…` by our
 * protocol handler; IPC, navigation and requests are trusted only from there.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'runder-tisch';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * `scheme://host[:port]` of a URL, or null when it has none or carries credentials.
 * Node's URL gives non-special schemes such as `app:` an opaque origin ("null"),
 * so the origin is assembled from protocol and host instead of `URL#origin`.
 */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.host === '' || parsed.username !== '' || parsed.password !== '') return null;
  return `${parsed.protocol}//${parsed.host}`.toLowerCase();
}

/** True when the URL belongs to the app's own origin. */
export function isAppUrl(url: string): boolean {
  return originOf(url) === APP_ORIGIN;
}
