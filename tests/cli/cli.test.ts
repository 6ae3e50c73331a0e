import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { CliCommand } from '../../electron/cli/commands/types';
import { parseCommandLine } from '../../electron/cli/errors';
import { main } from '../../electron/cli/index';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);

function capture(): { io: Parameters<typeof main>[1]; out: () => string; err: () => string } {
  const sink = (chunks: string[]) =>
    new Writable({
      write(chunk: Buffer | string, _encoding, done) {
        chunks.push(chunk.toString());
        done();
      },
    });
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: sink(out), stderr: sink(err), stdin: Readable.from([]) }, out: () => out.join(''), err: () => err.join('') };
}

async function cli(argv: string[], commands?: readonly CliCommand[]) {
  const { io, out, err } = capture();
  const code = await main(argv, io, commands);
  return { code, out: out(), err: err() };
}

// A stand-in for the commands later issues add, to prove how the tool dispatches to them.
const greet: CliCommand = {
  name: 'greet',
  summary: 'Say hello',
  help: 'Usage: runder-tisch greet --name <name>\n',
  async run(args, io) {
    const { values } = parseCommandLine({ args: [...args], options: { name: { type: 'string' } } });
    if (values.name === 'crash') throw new Error('the disk is full');
    io.stdout.write(`Hallo ${values.name ?? 'Welt'}\n`);
    return 0;
  },
};

describe('runder-tisch', () => {
  it('prints the usage for --help and -h, listing its commands', async () => {
    for (const flag of ['--help', '-h']) {
      const { code, out, err } = await cli([flag]);
      expect(code).toBe(0);
      expect(err).toBe('');
      expect(out).toContain('Usage:\n  runder-tisch <command> [options]');
      expect(out).toMatch(/^ {2}help \[command\] +Show this help/m);
      expect(out).toMatch(/^ {2}version +Print the version/m);
    }
  });

  it('lists registered commands in the help and shows a command\'s own help', async () => {
    expect((await cli(['--help'], [greet])).out).toMatch(/^ {2}greet +Say hello/m);
    for (const argv of [['greet', '--help'], ['help', 'greet'], ['--help', 'greet']]) {
      const { code, out } = await cli(argv, [greet]);
      expect({ argv, code, out }).toEqual({ argv, code: 0, out: greet.help });
    }
  });

  it('prints the version for --version and `version`', async () => {
    expect(await cli(['--version'])).toEqual({ code: 0, out: '0.0.0-test\n', err: '' });
    expect(await cli(['version'])).toEqual({ code: 0, out: '0.0.0-test\n', err: '' });
  });

  it('runs a registered command with its options', async () => {
    expect(await cli(['greet', '--name', 'Konstanz'], [greet])).toEqual({ code: 0, out: 'Hallo Konstanz\n', err: '' });
  });

  it('refuses an unknown command with a message on stderr and exit code 2', async () => {
    const { code, out, err } = await cli(['frobnicate']);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe("runder-tisch: unknown command 'frobnicate'.\nRun 'runder-tisch --help' for usage.\n");
  });

  it('refuses unknown options, of the tool and of a command, with exit code 2', async () => {
    const tool = await cli(['--frobnicate']);
    expect(tool.code).toBe(2);
    expect(tool.err).toContain("runder-tisch: Unknown option '--frobnicate'");
    const command = await cli(['greet', '--shout'], [greet]);
    expect(command.code).toBe(2);
    expect(command.err).toContain("runder-tisch: Unknown option '--shout'");
    expect(command.out).toBe('');
  });

  it('shows the usage on stderr and exits 2 when no command is given', async () => {
    const { code, out, err } = await cli([]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('Usage:');
  });

  it('reports a failing command in one line with exit code 1, never a stack trace', async () => {
    const { code, out, err } = await cli(['greet', '--name', 'crash'], [greet]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toBe('runder-tisch: the disk is full\n');
  });

  it('works as installed: the bin of package.json runs the built tool', { timeout: 60_000 }, async () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; bin: Record<string, string> };
    const bin = pkg.bin['runder-tisch'];
    expect(bin).toBe('electron/cli/bin.mjs');
    await run(process.execPath, ['build/scripts/bundle.mjs', '--cli'], { cwd: ROOT });

    // The bundle keeps packages external, so an import of electron would show here.
    expect(readFileSync(join(ROOT, 'dist/cli/index.mjs'), 'utf8')).not.toMatch(/["']electron["']/);

    const help = await run(process.execPath, [bin ?? '', '--help'], { cwd: ROOT });
    expect(help.stdout).toContain('Usage:\n  runder-tisch <command> [options]');
    expect(help.stderr).toBe('');
    const version = await run(process.execPath, [bin ?? '', '--version'], { cwd: ROOT });
    expect(version.stdout).toBe(`${pkg.version}\n`);

    // A wrong command line fails with exit code 2 in the real process as well.
    await expect(run(process.execPath, [bin ?? '', 'frobnicate'], { cwd: ROOT })).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining("unknown command 'frobnicate'"),
    });
  });
});
