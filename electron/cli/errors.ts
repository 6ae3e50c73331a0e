import { parseArgs } from 'node:util';

// Exit codes scripts can rely on: 0 done, 1 the work failed, 2 the command line was wrong.
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** The command line itself was wrong (unknown command or option, missing value); exits with 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

function isParseArgsError(thrown: unknown): thrown is Error & { code: string } {
  return thrown instanceof Error && 'code' in thrown && typeof thrown.code === 'string' && thrown.code.startsWith('ERR_PARSE_ARGS_');
}

/**
 * node:util parseArgs, strict, with its errors turned into UsageError so they end as
 * a one-line message and exit code 2 instead of a stack trace.
 */
export function parseCommandLine<T extends Parameters<typeof parseArgs>[0] & object>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs<T>({ strict: true, ...config });
  } catch (thrown) {
    if (isParseArgsError(thrown)) throw new UsageError(thrown.message);
    throw thrown;
  }
}
