// `runder-tisch pii-scan`: the personal-data guard for scripts. Reads JSON Lines, writes one
// line of findings per input line, streaming, so a file of any size goes through.
import { once } from 'node:events';
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { detectPii } from '../../../shared/pii/index';
import { toAppError } from '../../../shared/errors/result';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, parseCommandLine } from '../errors';
import { TOOL_NAME, type CliIo } from '../io';
import type { CliCommand } from './types';

const NAME = 'pii-scan';

const ScanInput = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
});

const HELP = `Usage: ${TOOL_NAME} ${NAME} [--in FILE]

Looks for personal data (names, phone numbers, e-mail and street addresses, dates of birth,
IBANs, tax, health insurance, passport and file numbers, licence plates, profile links) in
German free text.

Input: JSON Lines, one {"id": …, "text": "…"} per line, from FILE or standard input.
Output: one line per input line, {"id": …, "spans": [{"start": …, "end": …, "type": "…"}]}.
Offsets are JavaScript string indices into "text", end exclusive. Types: PERSON, PHONE,
EMAIL, ADDRESS, DATE_OF_BIRTH, IBAN, FILE_NUMBER, TAX_ID, HEALTH_INSURANCE_NO, PASSPORT_NO,
LICENSE_PLATE, URL, OTHER. Blank lines are skipped.

Options:
  --in FILE    Read from FILE instead of standard input
  -h, --help   Show this help

Exit codes: 0 all lines scanned, 1 a line was not valid input (reported on standard error
with its line number; the other lines are still scanned), 2 wrong command line or FILE
cannot be read.
`;

type ParsedLine = { readonly input: z.infer<typeof ScanInput> } | { readonly problem: string };

function parseLine(line: string): ParsedLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { problem: 'not valid JSON' };
  }
  const parsed = ScanInput.safeParse(value);
  if (parsed.success) return { input: parsed.data };
  const issues = parsed.error.issues.map((issue) => (issue.path.length > 0 ? `"${issue.path.join('.')}": ${issue.message}` : issue.message));
  return { problem: issues.join('; ') };
}

// Output lines are gathered and written in chunks: one write per line would cost more than the
// scan itself. A chunk goes out when it is full or when the input pauses, so output still streams.
const CHUNK_CHARS = 64 * 1024;

interface LineWriter {
  write(line: string): Promise<void>;
  end(): Promise<void>;
}

function chunkedWriter(stream: NodeJS.WritableStream): LineWriter {
  let pending = '';
  let scheduled = false;
  const flush = (): boolean => {
    scheduled = false;
    if (pending === '') return true;
    const accepted = stream.write(pending);
    pending = '';
    return accepted;
  };
  // Respect back-pressure, so a slow reader of the output does not make us buffer everything.
  const flushAndWait = async (): Promise<void> => {
    if (!flush()) await once(stream, 'drain');
  };
  return {
    async write(line) {
      pending += `${line}\n`;
      if (pending.length >= CHUNK_CHARS) await flushAndWait();
      else if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    },
    end: flushAndWait,
  };
}

async function scan(input: NodeJS.ReadableStream, io: CliIo, source: string): Promise<number> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  const output = chunkedWriter(io.stdout);
  let lineNumber = 0;
  let invalid = 0;
  for await (const raw of lines) {
    lineNumber++;
    const line = lineNumber === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (line.trim() === '') continue;
    const parsed = parseLine(line);
    if ('problem' in parsed) {
      invalid++;
      io.stderr.write(`${TOOL_NAME} ${NAME}: ${source}, line ${lineNumber}: ${parsed.problem}\n`);
      continue;
    }
    const { id, text } = parsed.input;
    const spans = detectPii(text).map(({ start, end, type }) => ({ start, end, type }));
    await output.write(JSON.stringify({ id, spans }));
  }
  await output.end();
  if (invalid > 0) {
    io.stderr.write(`${TOOL_NAME} ${NAME}: ${invalid} of ${lineNumber} lines were not valid input.\n`);
    return EXIT_FAILURE;
  }
  return EXIT_OK;
}

export const piiScanCommand: CliCommand = {
  name: NAME,
  summary: 'Find personal data in JSON Lines of notes',
  help: HELP,
  async run(args, io) {
    const { values } = parseCommandLine({ args: [...args], options: { in: { type: 'string' } } });
    if (values.in === undefined) return scan(io.stdin, io, 'standard input');
    let file;
    try {
      file = await open(values.in, 'r');
    } catch (thrown) {
      io.stderr.write(`${TOOL_NAME} ${NAME}: cannot read ${values.in}: ${toAppError(thrown).message}\n`);
      return EXIT_USAGE;
    }
    try {
      return await scan(file.createReadStream({ encoding: 'utf8' }), io, values.in);
    } finally {
      await file.close();
    }
  },
};
