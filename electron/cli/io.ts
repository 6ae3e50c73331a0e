// The streams a command talks through. bin.mjs passes the process's own; tests pass
// in-memory streams, so every command runs the same way in both.
export interface CliIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly stdin: NodeJS.ReadableStream;
}

export const TOOL_NAME = 'runder-tisch';
