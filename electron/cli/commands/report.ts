import { mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppFailure } from '../../../shared/errors/result';
import { localDay } from '../../../shared/model/dates';
import { TOPIC_AREAS, type TopicArea } from '../../../shared/model/case';
import { buildPolicyReport } from '../../../shared/report/build';
import { reportCsvFiles, reportJson, reportMarkdown, type ReportFile } from '../../../shared/report/formats';
import { REPORT_LANGUAGES, type ReportLanguage } from '../../../shared/report/labels';
import { checkReportRequest, type ReportData, type ReportRequest, type TopicScope } from '../../../shared/report/reportOptions';
import { DEFAULT_K, MIN_K, isValidK } from '../../../shared/report/suppression';
import { reportView } from '../../../shared/report/view';
import { zipReportFiles } from '../../../shared/report/zip';
import { EXIT_OK, UsageError, parseCommandLine } from '../errors';
import { TOOL_NAME, type CliIo } from '../io';
import { keySourceOf, openExchange } from '../keyFiles';
import type { CliCommand } from './types';

const FORMATS = ['md', 'csv', 'json'] as const;
type Format = (typeof FORMATS)[number];

const HELP = `Usage: ${TOOL_NAME} report <file.age> (--identity <keyfile> | --passphrase-file <file>)
         [--from YYYY-MM-DD --to YYYY-MM-DD] [--k <k>] [--topics <a,b,…>]
         --format md|csv|json [--out <file-or-folder>] [--lang de|en]

Writes the Bericht für Politik und Verwaltung from an exchange file: the same
anonymised report the app makes. Every count from 1 to k-1 is withheld, totals
included, and further counts until no withheld count can be worked out (checked
exactly); a withheld count is shown as "." (German official statistics). The only
text taken from the file is the approved public statement of a concern.

Options:
  --identity <keyfile>       age identity file; every AGE-SECRET-KEY-1 line is tried
  --passphrase-file <file>   File whose first line is the passphrase
  --from <day>, --to <day>   The period, both days included (default: from 1 January
                             of the --to year to today)
  --k <k>                    Smallest count that may be shown (default ${DEFAULT_K}, at least ${MIN_K})
  --topics <a,b,…>           Topic areas to report on (default: all). One or more of:
                             ${TOPIC_AREAS.join(', ')}
  --format md|csv|json       Markdown or JSON (to standard output or --out), or CSV:
                             one file per table (and README.txt) into the folder
                             --out, or into one zip file if --out ends with .zip
  --out <file-or-folder>     Where to write (required for csv)
  --lang de|en               Language of the report (default de)
  -h, --help                 Show this help

A file whose signature is missing or does not match its content is refused, as the
app refuses to import it.

Exit codes: 0 written, 1 the file cannot be opened or the report not written,
2 wrong command line (e.g. k < ${MIN_K}).
`;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function parseK(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_K;
  const k = /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : Number.NaN;
  if (!isValidK(k)) throw new UsageError(`--k must be a whole number of at least ${MIN_K} (counts 1 and 2 are always withheld), got '${raw}'.`);
  return k;
}

function parseTopics(raw: string | undefined): TopicScope {
  if (raw === undefined || raw.trim() === 'all') return 'all';
  const topics = raw.split(',').map((topic) => topic.trim()).filter((topic) => topic !== '');
  const unknown = topics.find((topic) => !(TOPIC_AREAS as readonly string[]).includes(topic));
  if (unknown !== undefined) throw new UsageError(`--topics: unknown topic area '${unknown}'; use ${TOPIC_AREAS.join(', ')}.`);
  if (topics.length === 0) throw new UsageError('--topics names no topic area.');
  return topics as TopicArea[];
}

function parseChoice<T extends string>(raw: string | undefined, choices: readonly T[], option: string): T | undefined {
  if (raw === undefined) return undefined;
  if (!(choices as readonly string[]).includes(raw)) throw new UsageError(`--${option} must be one of ${choices.join(', ')}, got '${raw}'.`);
  return raw as T;
}

function requestOf(values: Record<string, string | undefined>): ReportRequest {
  for (const option of ['from', 'to'] as const) {
    const day = values[option];
    if (day !== undefined && !DAY.test(day)) throw new UsageError(`--${option} must be a day written YYYY-MM-DD, got '${day}'.`);
  }
  const to = values.to ?? localDay(Date.now());
  const request: ReportRequest = { from: values.from ?? `${to.slice(0, 4)}-01-01`, to, topics: parseTopics(values.topics), k: parseK(values.k) };
  // The period and the rest are checked here, so a mistake ends as a usage error (exit 2).
  const checked = checkReportRequest(request);
  if (!checked.ok) throw new UsageError(`${checked.error.message}.`);
  return request;
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function write(path: string, data: string | Uint8Array): Promise<void> {
  try {
    await writeFile(path, data);
  } catch (thrown) {
    const reason = thrown instanceof Error && 'code' in thrown ? String(thrown.code) : String(thrown);
    throw new AppFailure('file/write-failed', `cannot write '${path}' (${reason}).`);
  }
}

async function writeCsv(files: readonly ReportFile[], out: string, io: CliIo): Promise<void> {
  if (out.toLowerCase().endsWith('.zip')) {
    await write(out, zipReportFiles(files));
    io.stderr.write(`${TOOL_NAME}: wrote ${files.length} files into '${out}'.\n`);
    return;
  }
  try {
    await mkdir(out, { recursive: true });
  } catch (thrown) {
    const reason = thrown instanceof Error && 'code' in thrown ? String(thrown.code) : String(thrown);
    throw new AppFailure('file/write-failed', `cannot create the folder '${out}' (${reason}).`);
  }
  for (const file of files) await write(join(out, file.name), file.text);
  io.stderr.write(`${TOOL_NAME}: wrote ${files.length} files to '${out}'.\n`);
}

function dataOf(records: ReportData): ReportData {
  return { cases: records.cases, followUps: records.followUps, meetings: records.meetings, agendaItems: records.agendaItems, concerns: records.concerns, history: records.history };
}

/** `runder-tisch report`: the anonymised report from an exchange file. */
export const reportCommand: CliCommand = {
  name: 'report',
  summary: 'Write the anonymised report for politics and administration from an exchange file',
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseCommandLine({
      args: [...args],
      allowPositionals: true,
      options: {
        identity: { type: 'string' },
        'passphrase-file': { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        k: { type: 'string' },
        topics: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        lang: { type: 'string' },
      },
    });
    const [file, ...extra] = positionals;
    if (file === undefined) throw new UsageError('report needs the exchange file to read.');
    if (extra.length > 0) throw new UsageError(`report reads one file, got ${positionals.length}.`);
    const format = parseChoice<Format>(values.format, FORMATS, 'format');
    if (format === undefined) throw new UsageError('give the output with --format md, csv or json.');
    if (format === 'csv' && values.out === undefined) throw new UsageError('--format csv writes one file per table: give the folder (or a .zip file) with --out.');
    const language: ReportLanguage = parseChoice<ReportLanguage>(values.lang, REPORT_LANGUAGES, 'lang') ?? 'de';
    const request = requestOf(values);
    const key = keySourceOf(values.identity, values['passphrase-file']);

    const opened = await openExchange(file, key, []);
    if (opened.signature.status === 'invalid') {
      throw new AppFailure(
        opened.signature.reason === 'unsigned' ? 'exchange/unsigned' : 'exchange/bad-signature',
        opened.signature.reason === 'unsigned'
          ? `'${file}' is not signed, so where it comes from cannot be checked; no report is written from it.`
          : `the signature of '${file}' does not match its content: it was changed after signing; no report is written from it.`,
      );
    }
    const built = buildPolicyReport(dataOf(opened.envelope.records), request);
    if (!built.ok) throw new AppFailure(built.error.code, `cannot write the report: ${built.error.message}.`);
    const view = reportView(built.data, language);

    if (format === 'csv') {
      await writeCsv(reportCsvFiles(view), values.out ?? '', io);
      return EXIT_OK;
    }
    const text = format === 'md' ? reportMarkdown(view) : reportJson(view, built.data);
    if (values.out === undefined) {
      io.stdout.write(text);
      return EXIT_OK;
    }
    const target = (await isDirectory(values.out)) ? join(values.out, `report-${request.from}-${request.to}.${format}`) : values.out;
    await write(target, text);
    io.stderr.write(`${TOOL_NAME}: wrote '${target}'.\n`);
    return EXIT_OK;
  },
};
