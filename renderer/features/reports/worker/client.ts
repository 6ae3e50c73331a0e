import { fail, type Result } from '../../../../shared/errors/result';
import { handleReportMessage } from './handler';
import { reportAnswerSchema, reportResponseSchema, type ReportAnswer, type ReportMessage, type WorkerReportRequest } from './protocol';

/**
 * The UI thread's side of the reports Worker: started on first use and kept; requests
 * carry ids. Where there is no Worker (unit tests in Node) the same handler runs here.
 */

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, (result: Result<ReportAnswer>) => void>();

function settle(result: Result<unknown>): Result<ReportAnswer> {
  if (!result.ok) return result;
  const answer = reportAnswerSchema.safeParse(result.data);
  return answer.success ? { ok: true, data: answer.data } : fail('unknown', 'the report worker answered out of protocol');
}

function onMessage(event: MessageEvent<unknown>): void {
  const parsed = reportResponseSchema.safeParse(event.data);
  if (!parsed.success) return;
  const resolve = pending.get(parsed.data.id);
  if (!resolve) return;
  pending.delete(parsed.data.id);
  resolve(settle(parsed.data.result));
}

function startWorker(): Worker {
  // This exact form lets Vite find the worker and bundle it as its own file under worker-src 'self'.
  const started = new Worker(new URL('./report.worker.ts', import.meta.url), { type: 'module', name: 'report' });
  started.addEventListener('message', onMessage);
  const broken = (description: string) => {
    for (const resolve of pending.values()) resolve(fail('unknown', `the report worker failed: ${description}`));
    pending.clear();
    started.terminate();
    if (worker === started) worker = null;
  };
  started.addEventListener('error', (event) => broken(event.message || 'could not start'));
  started.addEventListener('messageerror', () => broken('a message could not be read'));
  return started;
}

/** Builds the report in the Worker (or in this thread where there is none). */
export async function buildReportInWorker(request: WorkerReportRequest): Promise<Result<ReportAnswer>> {
  if (typeof Worker === 'undefined') return settle((await handleReportMessage({ id: 0, request })).result);
  return new Promise((resolve) => {
    try {
      worker ??= startWorker();
      const id = nextId++;
      const message: ReportMessage = { id, request };
      worker.postMessage(message);
      pending.set(id, resolve);
    } catch (thrown) {
      resolve(fail('unknown', `the report worker could not be used: ${thrown instanceof Error ? thrown.message : String(thrown)}`));
    }
  });
}
