import { fail, ok, type Result } from '../../../shared/errors/result';
import type { EncryptTarget } from '../../../shared/exchange';
import { startStreamingSeal, type StreamingSeal } from '../../../shared/exchange/streamSeal';
import { sealAnswerSchema, type SealMessage } from './sealProtocol';

/**
 * Sealing an export beside its reading: in a Worker of its own where there are Workers
 * (the exchange Worker starts it, so hashing and encryption take the other core while
 * the next page is read), else in this thread (unit tests in Node). Same bytes either way.
 */
export function startSeal(signingSecretKey: string, target: EncryptTarget): Result<StreamingSeal> {
  if (typeof Worker === 'undefined') return startStreamingSeal(signingSecretKey, target);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./seal.worker.ts', import.meta.url), { type: 'module', name: 'exchange-seal' });
  } catch {
    return startStreamingSeal(signingSecretKey, target);
  }
  const answer = new Promise<Result<Uint8Array>>((resolve) => {
    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
      const parsed = sealAnswerSchema.safeParse(event.data);
      resolve(parsed.success ? parsed.data : fail('unknown', 'the seal worker answered out of protocol'));
    });
    worker.addEventListener('error', (event) => resolve(fail('unknown', `the seal worker failed: ${event.message || 'could not start'}`)));
    worker.addEventListener('messageerror', () => resolve(fail('unknown', 'the seal worker could not read a message')));
  });
  const post = (message: SealMessage, transfer: Transferable[] = []) => worker.postMessage(message, { transfer });
  post({ kind: 'start', signingSecretKey, target: 'passphrase' in target ? { passphrase: target.passphrase } : { recipients: [...target.recipients] } });
  let early: Result<Uint8Array> | null = null;
  // A failure reported before finish (a bad key) ends the export as soon as it is asked for.
  void answer.then((result) => void (early = result));
  return ok({
    write(chunk) {
      if (early !== null) return;
      // Chunks that own their buffer move without a copy; others are copied by the post.
      const owns = chunk.buffer instanceof ArrayBuffer && chunk.byteOffset === 0 && chunk.byteLength === chunk.buffer.byteLength;
      post({ kind: 'chunk', bytes: chunk }, owns ? [chunk.buffer] : []);
    },
    async finish() {
      if (early === null) post({ kind: 'finish' });
      const result = await answer;
      worker.terminate();
      return result;
    },
    abort() {
      worker.terminate();
    },
  });
}
