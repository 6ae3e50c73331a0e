import { z } from 'zod';

/**
 * Keeps two libraries inside the app's Content-Security-Policy (no eval, no inline
 * styles) instead of loosening the policy. Imported first by main.tsx.
 */

// zod 4 probes for eval with `Function('')` to compile fast parsers; under the CSP
// that probe is blocked and reported as a violation. Jitless parsing needs no eval.
z.config({ jitless: true });

// react-aria's usePress injects a <style> (touch-action for pressables) unless an
// element with this id exists. The same rule lives in styles.css, loaded from 'self'.
const PRESSABLE_STYLE_ID = 'react-aria-pressable-style';
if (!document.getElementById(PRESSABLE_STYLE_ID)) {
  const marker = document.createElement('meta');
  marker.id = PRESSABLE_STYLE_ID;
  marker.name = 'react-aria-pressable-style';
  marker.content = 'in styles.css';
  document.head.append(marker);
}
