import type { CliIo } from '../io';

// One command of the tool, e.g. `runder-tisch keygen`. Each lives in its own file in
// this folder and is listed once in ./index.ts.
export interface CliCommand {
  /** What the user types after `runder-tisch`. */
  readonly name: string;
  /** One line for the command overview in `runder-tisch --help`. */
  readonly summary: string;
  /** Full help, printed by `runder-tisch <name> --help` and `runder-tisch help <name>`. */
  readonly help: string;
  /**
   * Runs with the arguments after the command name and returns the exit code.
   * Throw UsageError (or let parseCommandLine throw it) for a wrong command line.
   */
  run(args: readonly string[], io: CliIo): Promise<number>;
}
