// The command-line tool `runder-tisch` (plain Node, never Electron). bin.mjs calls
// main() with the process's streams; tests call it with in-memory ones.
import { toAppError } from '../../shared/errors/result';
import { COMMANDS } from './commands/index';
import type { CliCommand } from './commands/types';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, UsageError, parseCommandLine } from './errors';
import { overviewHelp, usageHint } from './help';
import { TOOL_NAME, type CliIo } from './io';
import { APP_VERSION } from './version';

export type { CliIo } from './io';
export type { CliCommand } from './commands/types';

function isHelpFlag(arg: string): boolean {
  return arg === '-h' || arg === '--help';
}

function wantsHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some(isHelpFlag);
}

function findCommand(commands: readonly CliCommand[], name: string): CliCommand {
  const command = commands.find((c) => c.name === name);
  if (!command) throw new UsageError(`unknown command '${name}'.`);
  return command;
}

function write(stream: NodeJS.WritableStream, text: string): void {
  stream.write(text.endsWith('\n') ? text : `${text}\n`);
}

function printHelp(io: CliIo, commands: readonly CliCommand[], topic: string | undefined): number {
  write(io.stdout, topic === undefined ? overviewHelp(commands) : findCommand(commands, topic).help);
  return EXIT_OK;
}

async function run(argv: readonly string[], io: CliIo, commands: readonly CliCommand[]): Promise<number> {
  // Options before the first word belong to the tool; everything after it to the command.
  const commandAt = argv.findIndex((arg) => !arg.startsWith('-'));
  const { values } = parseCommandLine({
    args: commandAt === -1 ? [...argv] : argv.slice(0, commandAt),
    options: { help: { type: 'boolean', short: 'h' }, version: { type: 'boolean' } },
  });
  const name = commandAt === -1 ? undefined : argv[commandAt];
  const args = commandAt === -1 ? [] : argv.slice(commandAt + 1);

  if (values.version) {
    write(io.stdout, APP_VERSION);
    return EXIT_OK;
  }
  if (name === undefined) {
    if (values.help) return printHelp(io, commands, undefined);
    // A bare `runder-tisch` is a mistake in a script: show the help, but fail.
    write(io.stderr, overviewHelp(commands));
    return EXIT_USAGE;
  }
  if (name === 'help') {
    const { positionals } = parseCommandLine({ args: [...args], options: { help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
    if (positionals.length > 1) throw new UsageError(`'help' takes at most one command, got ${positionals.length}.`);
    return printHelp(io, commands, positionals[0]);
  }
  if (name === 'version') {
    if (values.help || wantsHelp(args)) return printHelp(io, commands, undefined);
    parseCommandLine({ args: [...args], options: {} });
    write(io.stdout, APP_VERSION);
    return EXIT_OK;
  }

  const command = findCommand(commands, name);
  if (values.help || wantsHelp(args)) return printHelp(io, commands, name);
  return command.run(args, io);
}

/**
 * Runs the tool with the arguments after the program name and returns the exit code.
 * Nothing escapes as a stack trace: a wrong command line ends with a message and 2,
 * any other failure with a message and 1.
 */
export async function main(argv: readonly string[], io: CliIo, commands: readonly CliCommand[] = COMMANDS): Promise<number> {
  try {
    return await run(argv, io, commands);
  } catch (thrown) {
    if (thrown instanceof UsageError) {
      write(io.stderr, `${TOOL_NAME}: ${thrown.message}\n${usageHint()}`);
      return EXIT_USAGE;
    }
    write(io.stderr, `${TOOL_NAME}: ${toAppError(thrown).message}`);
    return EXIT_FAILURE;
  }
}
