import type { CliCommand } from './commands/types';
import { TOOL_NAME } from './io';
import { APP_VERSION } from './version';

// Commands handled by the tool itself, listed next to the registered ones.
const BUILT_IN: readonly Pick<CliCommand, 'name' | 'summary'>[] = [
  { name: 'help [command]', summary: 'Show this help, or the help of one command' },
  { name: 'version', summary: 'Print the version' },
];

function columns(rows: readonly (readonly [string, string])[]): string {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}   ${right}`).join('\n');
}

/** The overview printed by `runder-tisch --help`. */
export function overviewHelp(commands: readonly CliCommand[]): string {
  const commandRows = [...BUILT_IN, ...commands].map((c) => [c.name, c.summary] as const);
  return [
    `${TOOL_NAME} ${APP_VERSION}`,
    'Command-line tool of Runder Tisch, the case coordination app of the Runder Tisch Konstanz.',
    '',
    'Usage:',
    `  ${TOOL_NAME} <command> [options]`,
    `  ${TOOL_NAME} --help | --version`,
    '',
    'Commands:',
    columns(commandRows),
    '',
    'Options:',
    columns([
      ['-h, --help', 'Show help (after a command: that command\'s help)'],
      ['    --version', 'Print the version'],
    ]),
    '',
    `Run '${TOOL_NAME} help <command>' for the options of one command.`,
    'Exit codes: 0 success, 1 the command failed, 2 wrong command line.',
    '',
  ].join('\n');
}

/** The hint appended to every command-line error. */
export function usageHint(): string {
  return `Run '${TOOL_NAME} --help' for usage.`;
}
