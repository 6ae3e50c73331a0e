import { lstat, readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { APP_HOST, APP_SCHEME } from './appOrigin';

/** The part of a fetch Request the handler looks at. */
export interface AppRequest {
  readonly url: string;
  readonly method: string;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

// Every answer, errors included, carries the one CSP of the app.
function headers(contentType: string): Headers {
  return new Headers({
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  });
}

function refuse(status: 404 | 405): Response {
  return new Response(null, { status, headers: headers('text/plain; charset=utf-8') });
}

/**
 * The file under `root` that a URL names, or null when the URL is not ours or
 * would leave `root` (`..`, encoded separators, NUL bytes, absolute or drive paths).
 */
export function resolveAppPath(root: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST || parsed.username !== '' || parsed.password !== '') return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  // Decoding may reveal separators and dots the URL parser never saw ("..%2f", "%5c").
  const segments = pathname.split(/[/\\]+/).filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '.' || segment === '..' || /^[a-z]:$/i.test(segment))) return null;
  const relativePath = segments.length === 0 ? 'index.html' : segments.join(sep);
  const base = resolve(root);
  const target = resolve(base, relativePath);
  const inside = relative(base, target);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null;
  return target;
}

/**
 * The handler behind `protocol.handle('app', …)`: serves regular files from the
 * built renderer folder, answers 404 for anything else (folders, symbolic links,
 * paths outside the folder).
 */
export function createAppProtocolHandler(root: string): (request: AppRequest) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405);
    const target = resolveAppPath(root, request.url);
    if (target === null) return refuse(404);
    try {
      // lstat, not stat: a symbolic link is not a regular file, so it is never followed.
      const info = await lstat(target);
      if (!info.isFile()) return refuse(404);
      const type = CONTENT_TYPES[extname(target).toLowerCase()] ?? 'application/octet-stream';
      if (request.method === 'HEAD') return new Response(null, { status: 200, headers: headers(type) });
      const body = await readFile(target);
      return new Response(body, { status: 200, headers: headers(type) });
    } catch {
      return refuse(404);
    }
  };
}
