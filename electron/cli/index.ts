declare const __APP_VERSION__: string;

/** Placeholder replaced by the CLI helper. */
export async function main(argv: string[], io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream }): Promise<number> {
  if (argv.includes('--version')) io.stdout.write(`${__APP_VERSION__}\n`);
  else io.stdout.write('runder-tisch --help\n');
  return 0;
}
