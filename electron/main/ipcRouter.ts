import { fail, ok, toAppError, type Result } from '../../shared/errors/result';
import { IPC_CONTRACT, isIpcChannel, type IpcChannel } from '../../shared/ipc/contract';
import { APP_ORIGIN, originOf } from './appOrigin';
import { createHandlers, type IpcHandlers, type IpcSender, type MainDeps } from './handlers';

// This module must not import 'electron': the e2e suite runs it in plain Node,
// with Playwright's exposeBinding standing in for the preload.

export type { IpcSender, MainDeps } from './handlers';

/** Takes one raw IPC message and answers with a Result; never throws. */
export type IpcRouter<S extends IpcSender = IpcSender> = (sender: S, channel: unknown, args: unknown[]) => Promise<Result<unknown>>;

export interface RouterOptions {
  /** Origins whose main frame may call; only the app's own origin unless a test says otherwise. */
  readonly trustedOrigins?: readonly string[];
}

/** The router over the real handlers bound to `deps`. */
export function createIpcRouter<S extends IpcSender>(deps: MainDeps<S>, options: RouterOptions = {}): IpcRouter<S> {
  return routeTo(createHandlers(deps), options);
}

/**
 * Checks sender, channel and arguments against the contract before a handler runs,
 * and turns anything a handler throws into `{ok: false, error}`.
 */
export function routeTo<S extends IpcSender>(handlers: IpcHandlers<S>, options: RouterOptions = {}): IpcRouter<S> {
  const trusted = new Set((options.trustedOrigins ?? [APP_ORIGIN]).map((origin) => origin.toLowerCase()));

  return async (sender, channel, args) => {
    try {
      // The sender first: a foreign frame learns nothing, not even which channels exist.
      const origin = originOf(sender.url);
      if (!sender.isMainFrame || origin === null || !trusted.has(origin)) {
        return fail('ipc/bad-sender', `refused a message from a ${sender.isMainFrame ? 'frame' : 'subframe'} at ${origin ?? 'an unknown origin'}`);
      }
      if (!isIpcChannel(channel)) return fail('ipc/unknown-channel', `no such channel: ${String(channel).slice(0, 80)}`);
      return await dispatch(handlers, sender, channel, args);
    } catch (thrown) {
      return { ok: false, error: toAppError(thrown) };
    }
  };
}

async function dispatch<S extends IpcSender, C extends IpcChannel>(
  handlers: IpcHandlers<S>,
  sender: S,
  channel: C,
  args: unknown[],
): Promise<Result<unknown>> {
  const contract = IPC_CONTRACT[channel];
  const parsed = contract.args.safeParse(args);
  if (!parsed.success) {
    const where = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(args)'}: ${issue.message}`).join('; ');
    return fail('ipc/bad-args', `${channel}: ${where}`);
  }
  try {
    // The contract ties each channel to its handler; TypeScript cannot follow that through the mapped type.
    const handler = handlers[channel] as (sender: S, ...handlerArgs: unknown[]) => Promise<unknown>;
    const data = await handler(sender, ...(parsed.data as unknown[]));
    // Even our own handlers' answers are checked, so nothing unexpected reaches the renderer.
    const checked = contract.result.safeParse(data);
    if (!checked.success) return fail('unknown', `${channel} produced an answer outside the contract`);
    return ok(checked.data);
  } catch (thrown) {
    return { ok: false, error: toAppError(thrown) };
  }
}
