import { fail, ok, type Result } from '../errors/result';
import { DEFAULT_YELLOW_DAYS } from '../followUps/trafficLight';
import type { AgendaItem } from '../model/agendaItem';
import { TOPIC_AREAS, type Case, type TopicArea } from '../model/case';
import type { Concern } from '../model/concern';
import { isoDay } from '../model/dates';
import type { FollowUp } from '../model/followUp';
import type { HistoryEntry } from '../model/historyEntry';
import type { Meeting } from '../model/meeting';
import { DEFAULT_K, MIN_K, isValidK } from './suppression';

/**
 * What the Bericht für Politik und Verwaltung is made from and what the user chose:
 * a period (both days included), a scope of topic areas, and k (never below 3).
 */

/** The stored records a report reads; tombstones and the recycle bin are left out by the report itself. */
export interface ReportData {
  readonly cases: readonly Case[];
  readonly followUps: readonly FollowUp[];
  readonly meetings: readonly Meeting[];
  readonly agendaItems: readonly AgendaItem[];
  readonly concerns: readonly Concern[];
  readonly history: readonly HistoryEntry[];
}

/** All topic areas, or a selection of the known ones (user-defined topics count as Sonstiges). */
export type TopicScope = 'all' | readonly TopicArea[];

/** The user's choices as they arrive (from the form, the worker message or the command line). */
export interface ReportRequest {
  readonly from: string;
  readonly to: string;
  readonly topics: TopicScope;
  readonly k?: number;
  /** The Ampel's yellow window in days (the device's setting; 7 by default). */
  readonly yellowDays?: number;
}

/** The choices after checking: topics in the canonical order, k and the yellow window set. */
export interface ReportOptions {
  readonly from: string;
  readonly to: string;
  readonly topics: TopicScope;
  readonly k: number;
  readonly yellowDays: number;
}

/** The largest yellow window the settings allow. */
export const MAX_YELLOW_DAYS = 90;

function isTopicArea(value: string): value is TopicArea {
  return (TOPIC_AREAS as readonly string[]).includes(value);
}

/** Checks the choices; fails with validation/invalid and a message naming the wrong one. */
export function checkReportRequest(request: ReportRequest): Result<ReportOptions> {
  const k = request.k ?? DEFAULT_K;
  if (!isValidK(k)) return fail('validation/invalid', `k must be a whole number of at least ${MIN_K}, got ${k}`);
  if (!isoDay.safeParse(request.from).success) return fail('validation/invalid', `from is not a calendar day: '${request.from}'`);
  if (!isoDay.safeParse(request.to).success) return fail('validation/invalid', `to is not a calendar day: '${request.to}'`);
  if (request.from > request.to) return fail('validation/invalid', `the period starts (${request.from}) after it ends (${request.to})`);
  const yellowDays = request.yellowDays ?? DEFAULT_YELLOW_DAYS;
  if (!Number.isSafeInteger(yellowDays) || yellowDays < 0 || yellowDays > MAX_YELLOW_DAYS) {
    return fail('validation/invalid', `the yellow window must be 0 to ${MAX_YELLOW_DAYS} days, got ${yellowDays}`);
  }
  let topics: TopicScope = 'all';
  if (request.topics !== 'all') {
    const unknown = request.topics.find((topic) => !isTopicArea(topic));
    if (unknown !== undefined) return fail('validation/invalid', `unknown topic area '${unknown}'`);
    if (request.topics.length === 0) return fail('validation/invalid', 'choose at least one topic area, or all');
    const chosen = new Set<string>(request.topics);
    // Every topic area chosen is the same report as "all", and says so.
    topics = chosen.size === TOPIC_AREAS.length ? 'all' : TOPIC_AREAS.filter((topic) => chosen.has(topic));
  }
  return ok({ from: request.from, to: request.to, topics, k, yellowDays });
}

/** The topic area a case's topic is counted under: a known one as it is, a user-defined one as Sonstiges. */
export function reportTopic(topic: string): TopicArea {
  return isTopicArea(topic) ? topic : 'other';
}

/** The topic areas the report has rows for. */
export function scopeTopics(scope: TopicScope): readonly TopicArea[] {
  return scope === 'all' ? TOPIC_AREAS : scope;
}
