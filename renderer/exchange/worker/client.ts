import { fail, type Result } from '../../../shared/errors/result';
import { handleWorkerMessage } from './handler';
import { answerSchemas, workerResponseSchema, type RequestOf, type WorkerAnswers, type WorkerKind, type WorkerMessage } from './protocol';

/**
 * The UI thread's side of the exchange Worker. One Worker, started on first use and
 * kept; requests carry ids so several can be in flight. Where there is no Worker at
 * all (unit tests in Node) the same operations run directly.
 */

interface Pending {
  readonly kind: WorkerKind;
  readonly resolve: (result: Result<unknown>) => void;
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function failAll(message: string): void {
  for (const entry of pending.values()) entry.resolve(fail('unknown', message));
  pending.clear();
}

function settle<K extends WorkerKind>(kind: K, result: Result<unknown>): Result<WorkerAnswers[K]> {
  if (!result.ok) return result;
  const answer = answerSchemas[kind].safeParse(result.data);
  return answer.success ? { ok: true, data: answer.data } : fail('unknown', `the exchange worker answered a ${kind} request out of protocol`);
}

function onMessage(event: MessageEvent<unknown>): void {
  const parsed = workerResponseSchema.safeParse(event.data);
  if (!parsed.success) return;
  const entry = pending.get(parsed.data.id);
  if (!entry) return;
  pending.delete(parsed.data.id);
  entry.resolve(settle(entry.kind, parsed.data.result));
}

// Unit tests in Node have no Worker: the same handler runs in this thread, checks included.
async function inThisThread<K extends WorkerKind>(request: RequestOf<K>): Promise<Result<WorkerAnswers[K]>> {
  const { response } = await handleWorkerMessage({ id: 0, request });
  return settle(request.kind, workerResponseSchema.parse(response).result);
}

function startWorker(): Worker {
  // This exact form lets Vite find the worker and bundle it as its own file under worker-src 'self'.
  const started = new Worker(new URL('./exchange.worker.ts', import.meta.url), { type: 'module', name: 'exchange' });
  started.addEventListener('message', onMessage);
  const broken = (description: string) => {
    failAll(`the exchange worker failed: ${description}`);
    started.terminate();
    if (worker === started) worker = null;
  };
  started.addEventListener('error', (event) => broken(event.message || 'could not start'));
  started.addEventListener('messageerror', () => broken('a message could not be read'));
  return started;
}

/**
 * Runs a request in the exchange Worker. `transfer` lists buffers the caller hands
 * over (they are unusable afterwards); by default everything is copied.
 */
export function inWorker<K extends WorkerKind>(request: RequestOf<K>, transfer: ArrayBuffer[] = []): Promise<Result<WorkerAnswers[K]>> {
  if (typeof Worker === 'undefined') return inThisThread(request);
  return new Promise((resolve) => {
    try {
      worker ??= startWorker();
      const id = nextId++;
      const message: WorkerMessage = { id, request };
      worker.postMessage(message, { transfer });
      // Answers arrive as later events, so registering after a successful post is in time.
      pending.set(id, { kind: request.kind, resolve: resolve as (result: Result<unknown>) => void });
    } catch (thrown) {
      resolve(fail('unknown', `the exchange worker could not be used: ${thrown instanceof Error ? thrown.message : String(thrown)}`));
    }
  });
}
