import { describe, expect, test, vi } from 'vitest';
import { isAllowedRequestUrl } from '../../electron/main/security';

vi.mock('electron', () => {
  throw new Error('the security settings must not import electron');
});

describe('requests the app’s pages may make', () => {
  test.each([
    ['app://runder-tisch/assets/index.js', true],
    ['data:image/png;base64,AAAA', true],
    ['blob:app://runder-tisch/1234', true],
    ['https://cdn.example.org/lib.js', false],
    ['http://127.0.0.1:8080/', false],
    ['wss://tracker.example/', false],
    ['file:///etc/passwd', false],
    ['app://other/x.js', false],
    ['devtools://devtools/bundled/inspector.html', false],
  ])('%s → %s', (url, allowed) => {
    expect(isAllowedRequestUrl(url, { devTools: false })).toBe(allowed);
  });

  test('devtools:// only while developer tools are on', () => {
    expect(isAllowedRequestUrl('devtools://devtools/bundled/inspector.html', { devTools: true })).toBe(true);
  });
});
