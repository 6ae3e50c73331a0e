import { z } from 'zod';
import { deriveKeyBytes, type KdfRequest } from './kdf';

/** The UI thread's side of the passphrase Worker: one Worker, started on first use; requests carry ids. */

const answerSchema = z.union([
  z.strictObject({ id: z.number().int(), key: z.instanceof(Uint8Array) }),
  z.strictObject({ id: z.number().int(), error: z.string() }),
]);

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, { resolve(key: Uint8Array): void; reject(error: Error): void }>();

function startWorker(): Worker {
  // This exact form lets Vite bundle the worker as its own file under worker-src 'self'.
  const started = new Worker(new URL('./kdf.worker.ts', import.meta.url), { type: 'module', name: 'passphrase' });
  started.addEventListener('message', (event: MessageEvent<unknown>) => {
    const answer = answerSchema.safeParse(event.data);
    if (!answer.success) return;
    const entry = pending.get(answer.data.id);
    pending.delete(answer.data.id);
    if ('key' in answer.data) entry?.resolve(answer.data.key);
    else entry?.reject(new Error(answer.data.error));
  });
  started.addEventListener('error', (event) => {
    for (const entry of pending.values()) entry.reject(new Error(event.message || 'the passphrase worker failed'));
    pending.clear();
    started.terminate();
    if (worker === started) worker = null;
  });
  return started;
}

/** Argon2id of the passphrase, off the UI thread where there is a Worker. */
export function deriveKey(request: KdfRequest): Promise<Uint8Array> {
  if (typeof Worker === 'undefined') return deriveKeyBytes(request);
  return new Promise((resolve, reject) => {
    worker ??= startWorker();
    const id = nextId++;
    pending.set(id, { resolve, reject });
    worker.postMessage({ id, passphrase: request.passphrase, salt: request.salt, params: request.params });
  });
}
