import { AppFailure, fail, type Result } from '../../shared/errors/result';
import { asResult } from '../db/write';
import { applyImport, cancelImport, prepareImport, type ImportSummary } from '../exchange/importFile';
import { ensureMyKeys } from '../exchange/keys';
import { now } from '../platform/clock';
import { demoResponseSchema, sealDemo, type DemoRequest, type SealedDemo } from './demoFile';

/**
 * "Demodaten laden": invented training data, read in exactly like an exchange file
 * from a member (prepareImport/applyImport), so the merge metadata, the snapshot
 * before the import and "Import rückgängig machen" work the same as for real files.
 * The file is encrypted to this device's member, so the member needs exchange keys:
 * they are made here if they do not exist yet, as they would be for the first exchange.
 */

/** Small enough to load in a moment, big enough to try everything: 60 cases over three years. */
export const DEMO_SEED = 1;
export const DEMO_CASES = 60;
export const DEMO_YEARS = 3;

function sealInWorker(request: DemoRequest): Promise<Result<SealedDemo>> {
  if (typeof Worker === 'undefined') return sealDemo(request);
  return new Promise((resolve) => {
    // One Worker per load: the demo is loaded once in a device's life, so nothing is kept running.
    // This exact form lets Vite find the worker and bundle it as its own file under worker-src 'self'.
    const worker = new Worker(new URL('./demo.worker.ts', import.meta.url), { type: 'module', name: 'demo' });
    const settle = (result: Result<SealedDemo>) => {
      worker.terminate();
      resolve(result);
    };
    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
      const parsed = demoResponseSchema.safeParse(event.data);
      if (!parsed.success) settle(fail('unknown', 'the demo worker answered out of protocol'));
      else if (!parsed.data.ok) settle(parsed.data);
      else settle(parsed.data);
    });
    worker.addEventListener('error', (event) => settle(fail('unknown', `the demo worker failed: ${event.message || 'could not start'}`)));
    worker.addEventListener('messageerror', () => settle(fail('unknown', 'the demo worker answer could not be read')));
    worker.postMessage(request);
  });
}

/** The demo's "today": the current UTC day, so loading it twice on one day brings nothing new. */
function demoNow(): string {
  return `${new Date(now()).toISOString().slice(0, 10)}T00:00:00.000Z`;
}

/**
 * Loads the demo data into this device's database through the import path. Needs the
 * member this device speaks for (after "Wer bin ich?"); that member stays as it is.
 */
export function loadDemoData(): Promise<Result<ImportSummary>> {
  return asResult(async () => {
    const keys = await ensureMyKeys();
    if (!keys.ok) throw new AppFailure(keys.error.code, keys.error.message);
    const sealed = await sealInWorker({ seed: DEMO_SEED, cases: DEMO_CASES, years: DEMO_YEARS, now: demoNow(), recipient: keys.data.recipient });
    if (!sealed.ok) throw new AppFailure(sealed.error.code, sealed.error.message);
    const preview = await prepareImport(sealed.data.bytes, { mode: 'identity' });
    if (!preview.ok) throw new AppFailure(preview.error.code, preview.error.message);
    // The signer is unknown until the demo members arrive: confirm it only when it is the demo's own key.
    const signature = preview.data.signature;
    const fromDemo =
      signature.status === 'valid-unknown' ? signature.publicKey === sealed.data.signingPublicKey : signature.memberId === sealed.data.signerId;
    if (!fromDemo) {
      cancelImport();
      throw new AppFailure('exchange/bad-signature', 'the demo file is not signed with the demo key');
    }
    const applied = await applyImport(preview.data, { confirmUnknownSigner: true });
    if (!applied.ok) throw new AppFailure(applied.error.code, applied.error.message);
    return applied.data;
  });
}
