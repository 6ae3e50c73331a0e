import { readFile, stat } from 'node:fs/promises';
import { AppFailure, type AppError } from '../../shared/errors/result';
import {
  DEFAULT_MAX_EXCHANGE_BYTES,
  describeAgeFile,
  isX25519Identity,
  parseMemberCard,
  readExchangeFile,
  type DecryptKey,
  type KnownSigner,
  type OpenedExchange,
} from '../../shared/exchange/index';
import { UsageError } from './errors';
import { TOOL_NAME } from './io';

/**
 * Reading exchange files on the command line: the key (an age identity file or a file
 * holding the passphrase), member cards, and opening the file with one-line English
 * messages for everything that can go wrong. Shared by inspect and report.
 */

/** Where the key to an exchange file comes from. */
export type KeySource = { readonly kind: 'identity' | 'passphrase'; readonly file: string };

/** The key source from --identity / --passphrase-file; exactly one must be given. */
export function keySourceOf(identity: string | undefined, passphraseFile: string | undefined): KeySource {
  if ((identity === undefined) === (passphraseFile === undefined)) {
    throw new UsageError('give exactly one of --identity <keyfile> and --passphrase-file <file>.');
  }
  return identity !== undefined ? { kind: 'identity', file: identity } : { kind: 'passphrase', file: passphraseFile ?? '' };
}

function errorCode(thrown: unknown): string {
  return thrown instanceof Error && 'code' in thrown ? String(thrown.code) : String(thrown);
}

/** The bytes of a file, refused before reading when it is larger than an exchange file may be. */
export async function readBytes(file: string, what: string): Promise<Uint8Array> {
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
export async function readIdentities(file: string): Promise<string[]> {
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

/** The passphrase: the first line of the file, without its line break. */
export async function readPassphrase(file: string): Promise<string> {
  // NFC normalisation happens in the exchange core.
  const passphrase = (await readText(file, 'passphrase file')).split(/\r?\n/)[0] ?? '';
  if (passphrase.length === 0) throw new AppFailure('exchange/invalid-key', `the first line of '${file}' is empty; it must hold the passphrase.`);
  return passphrase;
}

/** The signers named by a file of member cards, one card per line; lines starting with # are comments. */
export async function readMembers(file: string): Promise<KnownSigner[]> {
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
export function fileProblem(error: AppError, file: string, key: KeySource): string {
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

/**
 * Decrypts and validates an exchange file with every key the source holds and checks
 * its signature (without judging it: the caller decides what a bad one means).
 */
export async function openExchange(file: string, key: KeySource, members: readonly KnownSigner[]): Promise<OpenedExchange> {
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
