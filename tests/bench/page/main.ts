// The bench page: a second Vite build (never part of the product bundle) that loads the
// app's own modules on the app's origin, so it fills the app's real IndexedDB and times
// the app's export, import and agenda code paths without a test hook in the shipped app.
import { agendaRuns } from './agenda';
import { exportRuns, importRuns } from './exchange';
import { loadDemo } from './load';
import { enablePassphrase } from './lock';

export interface BenchApi {
  loadDemo: typeof loadDemo;
  agendaRuns: typeof agendaRuns;
  exportRuns: typeof exportRuns;
  importRuns: typeof importRuns;
  enablePassphrase: typeof enablePassphrase;
}

declare global {
  interface Window {
    rtBench?: BenchApi;
  }
}

window.rtBench = { loadDemo, agendaRuns, exportRuns, importRuns, enablePassphrase };
document.getElementById('bench-ready')?.removeAttribute('hidden');
