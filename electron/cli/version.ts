// Replaced at build time: by esbuild (build/scripts/bundle.mjs) with package.json's
// version, by Vitest (vitest.config.ts) with '0.0.0-test'.
declare const __APP_VERSION__: string;

export const APP_VERSION: string = __APP_VERSION__;
