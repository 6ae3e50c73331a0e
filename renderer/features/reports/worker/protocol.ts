import { z } from 'zod';
import { ERROR_CODES } from '../../../../shared/errors/result';
import { TOPIC_AREAS } from '../../../../shared/model/case';
import { REPORT_FORMAT, type PolicyReport } from '../../../../shared/report/model';

/**
 * The messages between the reports screen and its Worker, which reads the records from
 * IndexedDB and builds the report (counting, suppression, the exact checks) so a large
 * data set never freezes the UI. Every message is checked on arrival.
 */

export const reportRequestSchema = z.strictObject({
  from: z.string().max(10),
  to: z.string().max(10),
  topics: z.union([z.literal('all'), z.array(z.enum(TOPIC_AREAS)).max(TOPIC_AREAS.length)]),
  k: z.number(),
  yellowDays: z.number(),
});
export type WorkerReportRequest = z.infer<typeof reportRequestSchema>;

export const reportMessageSchema = z.strictObject({ id: z.number().int().nonnegative(), request: reportRequestSchema });
export type ReportMessage = z.infer<typeof reportMessageSchema>;

/** How long the Worker spent reading the records and building the report, in milliseconds. */
export interface ReportTimings {
  readonly readMs: number;
  readonly buildMs: number;
  readonly records: number;
}

/** A successful answer: the report and what it cost. */
export interface ReportAnswer {
  readonly report: PolicyReport;
  readonly timings: ReportTimings;
}

const errorSchema = z.strictObject({ code: z.enum(ERROR_CODES), message: z.string() });

export const reportResponseSchema = z.strictObject({
  id: z.number().int().nonnegative(),
  result: z.union([z.strictObject({ ok: z.literal(true), data: z.unknown() }), z.strictObject({ ok: z.literal(false), error: errorSchema })]),
});
export type ReportResponse = z.infer<typeof reportResponseSchema>;

/** The answer is the Worker's own output; its frame is checked, the report inside was checked where it was built. */
export const reportAnswerSchema = z.custom<ReportAnswer>(
  (value) =>
    typeof value === 'object' &&
    value !== null &&
    (value as { report?: { format?: unknown } }).report?.format === REPORT_FORMAT &&
    Array.isArray((value as { report: { tables?: unknown } }).report.tables) &&
    typeof (value as { timings?: { buildMs?: unknown } }).timings?.buildMs === 'number',
  { message: 'not a report answer' },
);
