import { readFile, stat } from 'node:fs/promises';
import { AppFailure, type AppError } from '../../../shared/errors/result';
import {
  DEFAULT_MAX_EXCHANGE_BYTES,
  describeAgeFile,
  isX25519Identity,
  parseMemberCard,
  readExchangeFile,
  summariseEnvelope,
  type DecryptKey,
  type ExchangeScope,
  type ExchangeSummary,
  type KnownSigner,
  type OpenedExchange,
} from '../../../shared/exchange/index';
import { ENTITY_NAMES } from '../../../shared/model/entities';
import { EXIT_OK, UsageError, parseCommandLine } from '../errors';
import { TOOL_NAME } from '../io';
import type { CliCommand } from './types';

const HELP = `Usage: ${TOOL_NAME} inspect <file> (--identity <keyfile> | --passphrase-file <file>) [--members <cards>] [--json]

Decrypts an exchange file (.age) and prints its manifest: who exported it and
from which device, when, the scope, how many records of each kind it holds, the
signature status, the schema version and the export id. Nothing is imported.

A file with a bad or missing signature is still shown, with the signature marked
invalid or unsigned; the app refuses to import such a file.

Options:
  --identity <keyfile>       age identity file (as written by keygen or age-keygen);
                             every AGE-SECRET-KEY-1 line in it is tried
  --passphrase-file <file>   File whose first line is the passphrase
  --members <cards>          File of member cards (RTCARD1:…), to name the signer
  --json                     Print one JSON object instead of text
  -h, --help                 Show this help

Exit codes: 0 shown, 1 the file cannot be opened (wrong key or passphrase, damaged,
not an age file, made by a newer version, invalid content), 2 wrong command line.
`;

type KeySource = { readonly kind: 'identity' | 'passphrase'; readonly file: string };

function errorCode(thrown: unknown): string {
  return thrown instanceof Error && 'code' in thrown ? String(thrown.code) : String(thrown);
}

async function readBytes(file: string, what: string): Promise<Uint8Array> {
  try {
    // Checked before reading, so a wrong argument does not load gigabytes into memory.
    if ((await stat(file)).size > DEFAULT_MAX_EXCHANGE_BYTES) {
      throw new AppFailure('exchange/too-large', `${what} '${file}' is larger than ${DEFAULT_MAX_EXCHANGE_BYTES / 1024 / 1024} MiB, too large for an exchange file.`);
    }
    return new Uint8Array(await readFile(file));
  } catch (thrown) {
    if (thrown instanceof AppFailure) throw thrown;
    throw new AppFailure('file/read-failed', `cannot read ${what} '${file}' (${errorCode(thrown)}).`);
  }
}

async function readText(file: string, what: string): Promise<string> {
  return new TextDecoder().decode(await readBytes(file, what));
}

/** Every identity in an age identity file; comments and blank lines are skipped, as age does. */
async function readIdentities(file: string): Promise<string[]> {
  const lines = (await readText(file, 'identity file')).split(/\r?\n/).map((line) => line.trim());
  const identities: string[] = [];
  for (const [index, line] of lines.entries()) {
    if (!line.startsWith('AGE-SECRET-KEY-1')) continue;
    if (!isX25519Identity(line)) {
      throw new AppFailure('exchange/invalid-key', `line ${index + 1} of '${file}' is not a valid age identity (checksum or length wrong).`);
    }
    identities.push(line);
  }
  if (identities.length === 0) throw new AppFailure('exchange/invalid-key', `'${file}' holds no age identity (no AGE-SECRET-KEY-1… line).`);
  return identities;
}

async function readPassphrase(file: string): Promise<string> {
  // The first line, without its line break; NFC normalisation happens in the exchange core.
  const passphrase = (await readText(file, 'passphrase file')).split(/\r?\n/)[0] ?? '';
  if (passphrase.length === 0) throw new AppFailure('exchange/invalid-key', `the first line of '${file}' is empty; it must hold the passphrase.`);
  return passphrase;
}

/** The signers named by a file of member cards, one card per line; lines starting with # are comments. */
async function readMembers(file: string): Promise<KnownSigner[]> {
  const text = (await readText(file, 'member cards file'))
    .split(/\r?\n/)
    .filter((line) => !line.trim().startsWith('#'))
    .join('');
  // A card may be wrapped over several lines by e-mail; ':' never occurs inside one, so each prefix starts a card.
  const cards = text.replace(/\s+/g, '').split(/(?=RTCARD\d+:)/).filter((chunk) => chunk.length > 0);
  if (cards.length === 0) throw new AppFailure('exchange/invalid-card', `'${file}' holds no member card (RTCARD1:…).`);
  return cards.map((text, index) => {
    const card = parseMemberCard(text);
    if (!card.ok) throw new AppFailure(card.error.code, `card ${index + 1} in '${file}' cannot be read: ${card.error.message}.`);
    return { id: card.data.id, name: card.data.name, signingKey: card.data.signingKey };
  });
}

// Details may quote the file's content (a JSON parse error does): kept to one line, without a doubled period.
function detail(error: AppError): string {
  return error.message.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
}

/** The one-line English message for a file that cannot be opened; the CLI does not use the app's German texts. */
function fileProblem(error: AppError, file: string, key: KeySource): string {
  const message = detail(error);
  switch (error.code) {
    case 'exchange/not-age':
      return `'${file}' is not an age file (${message}).`;
    case 'exchange/wrong-key':
      return key.kind === 'identity'
        ? `no identity in '${key.file}' can decrypt '${file}': it was encrypted for other members.`
        : `the passphrase in '${key.file}' does not decrypt '${file}'.`;
    case 'exchange/corrupt':
      return `'${file}' is damaged or was changed after encryption (${message}).`;
    case 'exchange/too-large':
      return `'${file}' is too large for an exchange file (${message}).`;
    case 'exchange/newer-version':
      return `'${file}' was made by a newer version of Runder Tisch (${message}); update ${TOOL_NAME} to read it.`;
    case 'exchange/invalid-content':
      return `'${file}' decrypts, but does not hold a valid exchange envelope: ${message}.`;
    case 'exchange/invalid-key':
      return `the key in '${key.file}' cannot be used: ${message}.`;
    default:
      return `cannot open '${file}': ${message}.`;
  }
}

async function open(file: string, key: KeySource, members: readonly KnownSigner[]): Promise<OpenedExchange> {
  const bytes = await readBytes(file, 'file');
  const described = describeAgeFile(bytes);
  if (!described.ok) throw new AppFailure(described.error.code, fileProblem(described.error, file, key));
  // Say which kind of key the file needs, instead of a bare "wrong key" (and no scrypt run for nothing).
  if (described.data.protection === 'passphrase' && key.kind === 'identity') {
    throw new AppFailure('exchange/wrong-key', `'${file}' is protected by a passphrase, not encrypted for members; use --passphrase-file.`);
  }
  if (described.data.protection === 'recipients' && key.kind === 'passphrase') {
    throw new AppFailure('exchange/wrong-key', `'${file}' is encrypted for members, not with a passphrase; use --identity.`);
  }
  const keys: DecryptKey[] =
    key.kind === 'identity' ? (await readIdentities(key.file)).map((identity) => ({ identity })) : [{ passphrase: await readPassphrase(key.file) }];
  let last: AppError | undefined;
  for (const decryptKey of keys) {
    const opened = await readExchangeFile(bytes, decryptKey, members);
    if (opened.ok) return opened.data;
    last = opened.error;
    // Only "not for this key" moves on to the next identity; any other failure is the file's.
    if (last.code !== 'exchange/wrong-key') break;
  }
  const error = last ?? { code: 'exchange/wrong-key', message: 'no key' };
  throw new AppFailure(error.code, fileProblem(error, file, key));
}

// Names come from the file: control characters could rewrite the terminal, so they are shown escaped.
function printable(text: string): string {
  return text.replace(/\p{Cc}/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function describeScope(scope: ExchangeScope): string {
  switch (scope.kind) {
    case 'all':
      return 'everything';
    case 'cases':
      return `${scope.caseIds.length} selected case${scope.caseIds.length === 1 ? '' : 's'}`;
    case 'meeting':
      return `the packet of meeting ${scope.meetingId}`;
  }
}

function describeSignature(signature: ExchangeSummary['signature'], membersFile: string | undefined): string {
  switch (signature.status) {
    case 'valid-known':
      return `valid, signed by ${printable(signature.memberName)} (key ${signature.publicKey})`;
    case 'valid-unknown':
      return membersFile === undefined
        ? `valid (key ${signature.publicKey}); give --members to name the signer`
        : `valid, but by a key of no member in '${membersFile}' (key ${signature.publicKey})`;
    case 'invalid':
      return signature.reason === 'unsigned' ? 'unsigned' : 'INVALID: the content does not match the signature';
  }
}

function formatText(manifest: Manifest, membersFile: string | undefined): string {
  const exporter = manifest.member ? `${printable(manifest.member.name)} (member ${manifest.member.id})` : '(no member named)';
  const rows: [string, string][] = [
    ['File', `${manifest.file} (age, ${manifest.protection === 'passphrase' ? 'passphrase' : 'encrypted for members'})`],
    ['Exported by', exporter],
    ['Device', manifest.deviceId],
    ['Created', manifest.createdAt],
    ['Scope', describeScope(manifest.scope)],
    ['Signature', describeSignature(manifest.signature, membersFile)],
    ['Schema', `${manifest.format} version ${manifest.schemaVersion}`],
    ['Export id', manifest.exportId],
    ['Records', String(manifest.totalRecords)],
  ];
  const width = Math.max(...rows.map(([label]) => label.length)) + 1;
  const countWidth = Math.max(...ENTITY_NAMES.map((name) => name.length));
  const numberWidth = String(manifest.totalRecords).length;
  return [
    ...rows.map(([label, value]) => `${`${label}:`.padEnd(width)}  ${value}`),
    ...ENTITY_NAMES.map((name) => `  ${name.padEnd(countWidth)}  ${String(manifest.counts[name]).padStart(numberWidth)}`),
    '',
  ].join('\n');
}

/** What `inspect --json` prints, keys in a fixed order. */
type Manifest = { readonly file: string; readonly protection: 'passphrase' | 'recipients'; readonly format: string; readonly schemaVersion: number } & ExchangeSummary;

function manifestOf(file: string, key: KeySource, opened: OpenedExchange): Manifest {
  const summary = summariseEnvelope(opened.envelope, opened.signature);
  return {
    file,
    protection: key.kind === 'passphrase' ? 'passphrase' : 'recipients',
    format: opened.envelope.format,
    schemaVersion: opened.envelope.schemaVersion,
    exportId: summary.exportId,
    createdAt: summary.createdAt,
    member: summary.member,
    deviceId: summary.deviceId,
    scope: summary.scope,
    counts: summary.counts,
    totalRecords: summary.totalRecords,
    signature: summary.signature,
  };
}

/** `runder-tisch inspect`: the manifest of an exchange file, without importing it. */
export const inspectCommand: CliCommand = {
  name: 'inspect',
  summary: 'Show who, when, scope, record counts and signature of an exchange file',
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseCommandLine({
      args: [...args],
      allowPositionals: true,
      options: {
        identity: { type: 'string' },
        'passphrase-file': { type: 'string' },
        members: { type: 'string' },
        json: { type: 'boolean' },
      },
    });
    const [file, ...extra] = positionals;
    if (file === undefined) throw new UsageError('inspect needs the exchange file to read.');
    if (extra.length > 0) throw new UsageError(`inspect reads one file, got ${positionals.length}.`);
    const identity = values.identity;
    const passphraseFile = values['passphrase-file'];
    if ((identity === undefined) === (passphraseFile === undefined)) {
      throw new UsageError('give exactly one of --identity <keyfile> and --passphrase-file <file>.');
    }
    const key: KeySource = identity !== undefined ? { kind: 'identity', file: identity } : { kind: 'passphrase', file: passphraseFile ?? '' };
    const members = values.members === undefined ? [] : await readMembers(values.members);
    const manifest = manifestOf(file, key, await open(file, key, members));
    io.stdout.write(values.json ? `${JSON.stringify(manifest, null, 2)}\n` : formatText(manifest, values.members));
    return EXIT_OK;
  },
};
