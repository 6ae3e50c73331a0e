import type { de } from './de';

// Types every t() call against the German texts, so a mistyped key does not compile.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof de };
  }
}
