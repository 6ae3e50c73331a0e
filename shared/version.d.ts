/** The app's version, replaced at build time (Vite's and esbuild's `define`). */
declare const __APP_VERSION__: string;
