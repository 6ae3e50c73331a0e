import { chmod, open, readFile } from 'node:fs/promises';
import { AppFailure } from '../../../shared/errors/result';
import { DEMO_DEFAULT_NOW, DEMO_DEFAULT_YEARS, MAX_DEMO_CASES, sealDemoFile } from '../../../shared/demo/index';
import { DEFAULT_MAX_EXCHANGE_BYTES, isX25519Recipient, type EncryptTarget } from '../../../shared/exchange/index';
import { ENTITY_NAMES } from '../../../shared/model/entities';
import { EXIT_OK, UsageError, parseCommandLine } from '../errors';
import { TOOL_NAME } from '../io';
import type { CliCommand } from './types';

const HELP = `Usage: ${TOOL_NAME} demo-data --cases <n> --seed <s> --out <file.age>
         (--recipient <age1…> [--recipient <age1…>] | --passphrase-file <file>)
         [--years <n>] [--now <time>] [--force]

Writes an exchange file with invented training data ("Demodaten"): members,
cases with their notes (German text without any real personal data), follow-ups
with their Ampel history, monthly meetings with agendas and minutes, and
concerns. The app imports it like any exchange file.

The same options give the same file content every time: everything comes from
the seed, and the story ends at --now (not at today). Only the age encryption
differs between runs.

The file is signed by the demo member "Demo-Moderation", whose signing key is
derived from the seed and therefore public knowledge. Do not treat it as a
member of your round table: it exists for training only. The app recognises the
signer once the demo data is imported; before that it asks for confirmation.

Options:
  --cases <n>              Number of cases, 0 to ${MAX_DEMO_CASES}
  --seed <s>               Whole number from 0 to 4294967295
  --out <file>             File to write (mode 0600); refused if it exists
  --recipient <age1…>      Encrypt to this age X25519 recipient (repeatable)
  --passphrase-file <file> Encrypt with the passphrase on the file's first line
  --years <n>              Years of history, 1 to 30 (default ${DEMO_DEFAULT_YEARS})
  --now <time>             The demo's "today", ISO time (default ${DEMO_DEFAULT_NOW})
  --force                  Overwrite --out if it exists
  -h, --help               Show this help

Exit codes: 0 written, 1 the file could not be written, 2 wrong command line.
`;

// Owner read/write only, as for every exchange file: it holds (invented) case data.
const FILE_MODE = 0o600;

function wholeNumber(raw: string | undefined, option: string, min: number, max: number): number | undefined {
  if (raw === undefined) return undefined;
  const value = /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new UsageError(`${option} must be a whole number from ${min} to ${max}, got '${raw}'.`);
  }
  return value;
}

function required<T>(value: T | undefined, option: string): T {
  if (value === undefined) throw new UsageError(`demo-data needs ${option}.`);
  return value;
}

function errorCode(thrown: unknown): string {
  return thrown instanceof Error && 'code' in thrown ? String(thrown.code) : String(thrown);
}

async function readPassphrase(file: string): Promise<string> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (thrown) {
    throw new AppFailure('file/read-failed', `cannot read passphrase file '${file}' (${errorCode(thrown)}).`);
  }
  const passphrase = text.split(/\r?\n/)[0] ?? '';
  if (passphrase.length === 0) throw new AppFailure('exchange/invalid-key', `the first line of '${file}' is empty; it must hold the passphrase.`);
  return passphrase;
}

async function targetOf(recipients: readonly string[], passphraseFile: string | undefined): Promise<EncryptTarget> {
  if ((recipients.length > 0) === (passphraseFile !== undefined)) {
    throw new UsageError('give either --recipient (one or more) or --passphrase-file, not both and not neither.');
  }
  if (passphraseFile !== undefined) return { passphrase: await readPassphrase(passphraseFile) };
  const invalid = recipients.find((r) => !isX25519Recipient(r));
  if (invalid !== undefined) throw new UsageError(`--recipient '${invalid}' is not an age X25519 recipient (age1…).`);
  return { recipients };
}

async function writeFileSecurely(file: string, bytes: Uint8Array, force: boolean): Promise<void> {
  try {
    const handle = await open(file, force ? 'w' : 'wx', FILE_MODE);
    try {
      await handle.writeFile(bytes);
    } finally {
      await handle.close();
    }
    // An overwritten file keeps its old mode.
    await chmod(file, FILE_MODE);
  } catch (thrown) {
    const code = errorCode(thrown);
    if (code === 'EEXIST') throw new AppFailure('file/write-failed', `'${file}' already exists; use --force to overwrite it.`);
    throw new AppFailure('file/write-failed', `cannot write '${file}' (${code}).`);
  }
}

/** `runder-tisch demo-data`: a deterministic, signed and encrypted exchange file of invented training data. */
export const demoDataCommand: CliCommand = {
  name: 'demo-data',
  summary: 'Write an exchange file with invented training data (Demodaten)',
  help: HELP,
  async run(args, io) {
    const { values } = parseCommandLine({
      args: [...args],
      options: {
        cases: { type: 'string' },
        seed: { type: 'string' },
        out: { type: 'string' },
        recipient: { type: 'string', multiple: true },
        'passphrase-file': { type: 'string' },
        years: { type: 'string' },
        now: { type: 'string' },
        force: { type: 'boolean' },
      },
    });
    const cases = required(wholeNumber(values.cases, '--cases', 0, MAX_DEMO_CASES), '--cases <n>');
    const seed = required(wholeNumber(values.seed, '--seed', 0, 0xffff_ffff), '--seed <s>');
    const out = required(values.out, '--out <file>');
    const years = wholeNumber(values.years, '--years', 1, 30);
    const now = values.now === undefined ? undefined : new Date(values.now);
    if (now !== undefined && Number.isNaN(now.getTime())) throw new UsageError(`--now must be an ISO time such as ${DEMO_DEFAULT_NOW}, got '${values.now}'.`);
    const target = await targetOf(values.recipient ?? [], values['passphrase-file']);

    const sealed = await sealDemoFile({ cases, seed, years, now: now?.toISOString() }, target);
    if (!sealed.ok) {
      if (sealed.error.code === 'validation/invalid') throw new UsageError(sealed.error.message);
      throw new AppFailure(sealed.error.code, `cannot make the demo file: ${sealed.error.message}.`);
    }
    const file = sealed.data;
    await writeFileSecurely(out, file.bytes, values.force === true);

    const counts = ENTITY_NAMES.map((name) => `${file.counts[name]} ${name}`).join(', ');
    const total = ENTITY_NAMES.reduce((sum, name) => sum + file.counts[name], 0);
    const megabytes = (file.bytes.length / 1024 / 1024).toFixed(1);
    io.stdout.write(
      `Wrote ${out} (${megabytes} MiB, ${total} records: ${counts}).\n` +
        `Signed by ${file.signer.name} (demo key ${file.signer.signingPublicKey}), seed ${seed}, story until ${file.createdAt}.\n`,
    );
    if (file.bytes.length > DEFAULT_MAX_EXCHANGE_BYTES) {
      io.stderr.write(`${TOOL_NAME}: warning: the file is larger than ${DEFAULT_MAX_EXCHANGE_BYTES / 1024 / 1024} MiB; the app refuses to import files that large.\n`);
    }
    return EXIT_OK;
  },
};
