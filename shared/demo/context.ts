import type { Case, TopicArea } from '../model/case';
import type { Member } from '../model/member';
import type { HistoryEntry, HistoryEntryContent } from '../model/historyEntry';
import { createRandom, demoUuid, type Random } from './random';
import { demoRecord, type DemoClock } from './stamps';

/** What every part of the demo generator shares: the seed, the time frame, the demo device's clock. */
export interface DemoContext {
  readonly seed: number;
  readonly nowMs: number;
  /** The day of `now` (UTC). */
  readonly today: string;
  /** The start of the story: `years` before now. */
  readonly startMs: number;
  readonly clock: DemoClock;
}

/** A random stream of its own for each part, so parts do not shift each other's numbers. */
export function streamOf(ctx: DemoContext, label: string): Random {
  return createRandom(ctx.seed, label);
}

/** A member as the generator uses it, with the record that will be exported. */
export interface MemberPlan {
  readonly record: Member;
  /** Carries cases (welfare organisations, churches, volunteers); guests and council members rarely do. */
  readonly caseWeight: number;
}

/** A case as the other parts need it, before its record is finished. */
export interface CasePlan {
  readonly id: string;
  readonly code: string;
  readonly title: string;
  readonly openedMs: number;
  /** When it was closed, or null while open. */
  readonly closedMs: number | null;
  readonly topics: readonly TopicArea[];
  readonly languages: readonly string[];
  readonly interpreterNeeded: boolean;
  readonly responsibleIds: readonly string[];
  readonly record: Case;
}

/** True when the case was open on that day. */
export function isOpenAt(plan: Pick<CasePlan, 'openedMs' | 'closedMs'>, ms: number): boolean {
  return plan.openedMs <= ms && (plan.closedMs === null || plan.closedMs > ms);
}

/** A moment during the day (UTC), office hours, so times look like real work. */
export function workTime(random: Random, dayStartMs: number): number {
  return dayStartMs + random.int(8 * 60, 18 * 60) * 60_000 + random.int(0, 59_999);
}

/** A random moment between two times (clamped so that from <= to). */
export function between(random: Random, fromMs: number, toMs: number): number {
  return toMs <= fromMs ? fromMs : fromMs + Math.floor(random.next() * (toMs - fromMs));
}

/** An append-only history entry written at `ms`. */
export function historyRecord(ctx: DemoContext, random: Random, ms: number, content: Omit<HistoryEntryContent, 'at'>): HistoryEntry {
  const at = new Date(ms).toISOString();
  return demoRecord(ctx.clock, demoUuid(random, ms), { ...content, at }, ms);
}
