import { fail } from '../../../shared/errors/result';
import { perform, transferablesOf, type WorkerContext } from './operations';
import { workerMessageSchema, type WorkerResponse } from './protocol';

/**
 * The Worker's side of the protocol, apart from the Worker global so it can be
 * tested: validates a message, runs it, and says which buffers to transfer back.
 */
export async function handleWorkerMessage(data: unknown, context: WorkerContext = { ownLockState: false }): Promise<{ response: WorkerResponse; transfer: ArrayBuffer[] }> {
  const parsed = workerMessageSchema.safeParse(data);
  if (!parsed.success) {
    const id = typeof data === 'object' && data !== null && typeof (data as { id?: unknown }).id === 'number' ? (data as { id: number }).id : 0;
    const where = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(message)'}: ${issue.message}`).join('; ');
    return { response: { id: Number.isInteger(id) && id >= 0 ? id : 0, result: fail('validation/invalid', `bad worker message: ${where}`) }, transfer: [] };
  }
  const result = await perform(parsed.data.request, context);
  return { response: { id: parsed.data.id, result }, transfer: result.ok ? transferablesOf(result.data) : [] };
}
