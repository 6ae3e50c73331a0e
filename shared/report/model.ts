import type { CONCERN_STATUSES } from '../model/concern';
import type { ReportOptions } from './reportOptions';
import type { SuppressedTable } from './suppression';

/**
 * The Bericht für Politik und Verwaltung as data, before it is written in a language:
 * every count sits in a suppressed table whose row and column labels are keys (topic
 * areas, statuses, categories, concern ids). The only free text is the approved public
 * statement of a concern.
 */

export const REPORT_FORMAT = 'runder-tisch-report';
export const REPORT_VERSION = 1;

/** The tables of the report, in the order they are shown. */
export const REPORT_TABLE_IDS = ['caseFlow', 'topicStatus', 'residenceStatus', 'ageBand', 'followUpLights', 'blockedFollowUps'] as const;
export type ReportTableId = (typeof REPORT_TABLE_IDS)[number];

/** Single figures about the meetings of the period; each is its own 1×1 table, since they do not add up. */
export const REPORT_FIGURE_IDS = ['meetingsHeld', 'casesDiscussed', 'guestsHeard'] as const;
export type ReportFigureId = (typeof REPORT_FIGURE_IDS)[number];

/** Row key for "nothing recorded" (no residence status, no age band, no block category). */
export const NOT_RECORDED = 'notRecorded';
/** Row keys of the case-flow table: opened before the period or in it. */
export const CASE_FLOW_ROWS = ['openedBefore', 'openedInPeriod'] as const;
/** Column key of the tables with one column of counts. */
export const COUNT_COLUMN = 'count';

/** Footnotes a table can carry; the words are in ./labels.ts. */
export const REPORT_NOTE_IDS = [
  'statusAtEnd',
  'scopedCases',
  'multiTopic',
  'customTopics',
  'notRecorded',
  'followUpPopulation',
  'followUpsScoped',
  'blockedCategoryUnknown',
  'concernsApproved',
  'concernLinks',
  'meetingsUnscoped',
] as const;
export type ReportNoteId = (typeof REPORT_NOTE_IDS)[number];

/** One table of counts after small-cell suppression. */
export interface ReportTable {
  readonly id: ReportTableId;
  readonly table: SuppressedTable;
  readonly notes: readonly ReportNoteId[];
}

/** A single published (or withheld) figure. */
export interface ReportFigure {
  readonly id: ReportFigureId;
  readonly table: SuppressedTable;
}

/**
 * A concern listed in the report: nothing but its approved statement, its stage and the
 * number of linked cases of the period. A case can be linked to several concerns, so
 * these numbers do not add up to anything; each is a 1×1 table of its own.
 */
export interface ReportConcern {
  readonly id: string;
  readonly statement: string;
  readonly status: (typeof CONCERN_STATUSES)[number];
  readonly linkedCases: SuppressedTable;
}

/** Why a table was left out. */
export type OmittedReason = 'too-few-cases';

/** The whole report. */
export interface PolicyReport {
  readonly format: typeof REPORT_FORMAT;
  readonly version: typeof REPORT_VERSION;
  readonly options: ReportOptions;
  readonly tables: readonly ReportTable[];
  readonly omitted: readonly { readonly id: ReportTableId; readonly reason: OmittedReason }[];
  /** Median days from opening to closing of the cases closed in the period; null when fewer than k were closed. */
  readonly medianDurationDays: number | null;
  readonly figures: readonly ReportFigure[];
  /** The concerns with an approved statement, in a fixed order that never depends on the counts. */
  readonly concerns: readonly ReportConcern[];
}
