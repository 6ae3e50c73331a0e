import { chmod, lstat, open } from 'node:fs/promises';
import { resolve } from 'node:path';
import { AppFailure } from '../../../shared/errors/result';
import { createMemberKeys } from '../../../shared/exchange/index';
import { EXIT_OK, UsageError, parseCommandLine } from '../errors';
import { TOOL_NAME } from '../io';
import type { CliCommand } from './types';

const HELP = `Usage: ${TOOL_NAME} keygen [--out <file>] [--name <name>] [--signing-out <file>] [--force]

Generates the keys of a member: an age X25519 identity for receiving exchange
files and an Ed25519 key pair for signing them.

The identity is written in age's own format, the same as age-keygen writes:

  # created: 2026-03-03T18:00:00Z
  # public key: age1…
  AGE-SECRET-KEY-1…

so Debian's \`age -d -i <file>\` and \`${TOOL_NAME} inspect --identity <file>\` both
read it. Without --out the identity is printed to standard output; with --out it
is written to <file> (readable only by you, mode 0600) and the public key, the
recipient others encrypt to, is printed to standard output.

The Ed25519 signing key is not part of an age identity file. It is written only
when --signing-out is given, to its own file (mode 0600), as its public key in a
comment and the secret key (base64) on the last line.

Options:
  --out <file>           Write the identity to this file
  --name <name>          Whose key this is, written as a comment (# name: …)
  --signing-out <file>   Also write the Ed25519 signing key to this file
  --force                Overwrite files that already exist
  -h, --help             Show this help

Exit codes: 0 done, 1 a file exists already or cannot be written, 2 wrong command line.
`;

// Owner read/write only: whoever else can read the file can read every file sent to this member.
const SECRET_FILE_MODE = 0o600;
const MAX_NAME_LENGTH = 80;

function checkedName(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const name = raw.trim();
  // One comment line: a line break would end the comment and break the identity file.
  if (name.length === 0 || name.length > MAX_NAME_LENGTH || /\p{Cc}/u.test(name)) {
    throw new UsageError(`--name must be 1 to ${MAX_NAME_LENGTH} characters on one line, got '${raw}'.`);
  }
  return name;
}

// Seconds are enough, as age-keygen writes them.
function timestamp(now: Date): string {
  return now.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function comments(lines: readonly (readonly [string, string | undefined])[]): string {
  return lines.flatMap(([label, value]) => (value === undefined ? [] : [`# ${label}: ${value}\n`])).join('');
}

function errorCode(thrown: unknown): string {
  return thrown instanceof Error && 'code' in thrown ? String(thrown.code) : String(thrown);
}

async function exists(file: string): Promise<boolean> {
  try {
    await lstat(file);
    return true;
  } catch {
    return false;
  }
}

async function writeSecretFile(file: string, text: string, force: boolean): Promise<void> {
  try {
    // 'wx' fails if the file appeared since the check: a key is never silently replaced.
    const handle = await open(file, force ? 'w' : 'wx', SECRET_FILE_MODE);
    try {
      await handle.writeFile(text, 'utf8');
    } finally {
      await handle.close();
    }
    // An overwritten file keeps its old mode; a secret must not stay readable by others.
    await chmod(file, SECRET_FILE_MODE);
  } catch (thrown) {
    const code = errorCode(thrown);
    if (code === 'EEXIST') throw new AppFailure('file/write-failed', `'${file}' already exists; use --force to overwrite it.`);
    throw new AppFailure('file/write-failed', `cannot write '${file}' (${code}).`);
  }
}

/** `runder-tisch keygen`: a member's X25519 identity (age format) and, on request, the Ed25519 signing key. */
export const keygenCommand: CliCommand = {
  name: 'keygen',
  summary: 'Generate a member\'s keys and write an age identity file',
  help: HELP,
  async run(args, io) {
    const { values } = parseCommandLine({
      args: [...args],
      options: {
        out: { type: 'string' },
        name: { type: 'string' },
        'signing-out': { type: 'string' },
        force: { type: 'boolean' },
      },
    });
    const name = checkedName(values.name);
    const out = values.out;
    const signingOut = values['signing-out'];
    const force = values.force === true;
    if (out !== undefined && signingOut !== undefined && resolve(out) === resolve(signingOut)) {
      throw new UsageError('--out and --signing-out must name different files.');
    }
    // Check both targets before writing either, so a refusal leaves nothing half done.
    if (!force) {
      for (const file of [out, signingOut]) {
        if (file !== undefined && (await exists(file))) {
          throw new AppFailure('file/write-failed', `'${file}' already exists; use --force to overwrite it.`);
        }
      }
    }

    const keys = await createMemberKeys();
    const created = timestamp(new Date());
    const identityFile =
      comments([['created', created], ['name', name], ['public key', keys.recipient]]) + `${keys.identity}\n`;

    if (signingOut !== undefined) {
      const signingFile =
        '# Runder Tisch signing key (Ed25519). The last line is the secret key in base64.\n' +
        comments([['created', created], ['name', name], ['public key', keys.signingPublicKey]]) +
        `${keys.signingSecretKey}\n`;
      await writeSecretFile(signingOut, signingFile, force);
    }
    if (out === undefined) {
      io.stdout.write(identityFile);
    } else {
      await writeSecretFile(out, identityFile, force);
      io.stdout.write(`${keys.recipient}\n`);
    }
    return EXIT_OK;
  },
};
