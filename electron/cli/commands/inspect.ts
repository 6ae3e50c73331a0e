import { summariseEnvelope, type ExchangeScope, type ExchangeSummary, type OpenedExchange } from '../../../shared/exchange/index';
import { ENTITY_NAMES } from '../../../shared/model/entities';
import { EXIT_OK, UsageError, parseCommandLine } from '../errors';
import { TOOL_NAME } from '../io';
import { keySourceOf, openExchange, readMembers, type KeySource } from '../keyFiles';
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
    const key = keySourceOf(values.identity, values['passphrase-file']);
    const members = values.members === undefined ? [] : await readMembers(values.members);
    const manifest = manifestOf(file, key, await openExchange(file, key, members));
    io.stdout.write(values.json ? `${JSON.stringify(manifest, null, 2)}\n` : formatText(manifest, values.members));
    return EXIT_OK;
  },
};
