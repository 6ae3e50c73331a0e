import type { FollowUpContent, TrafficLight } from '../model/followUp';

/**
 * The Ampel of a follow-up, computed from its state and today's date, as in the
 * municipal Ampeldokument: rot when overdue or blocked, gelb when due soon or
 * waiting on third parties, grün otherwise. A manual override (with a reason) wins.
 */

export const DEFAULT_YELLOW_DAYS = 7;

export type LightReason = 'override' | 'done' | 'blocked' | 'overdue' | 'waiting' | 'due_soon' | 'on_track';

export interface LightVerdict {
  readonly light: TrafficLight;
  readonly reason: LightReason;
}

type LightInput = Pick<FollowUpContent, 'status' | 'dueOn' | 'waitingOnThirdParty' | 'lightOverride'>;

/** Whole days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const ms = Date.UTC(+to.slice(0, 4), +to.slice(5, 7) - 1, +to.slice(8, 10)) - Date.UTC(+from.slice(0, 4), +from.slice(5, 7) - 1, +from.slice(8, 10));
  return Math.round(ms / 86_400_000);
}

/** True when an unfinished follow-up's due date lies before today. */
export function isOverdue(followUp: Pick<FollowUpContent, 'status' | 'dueOn'>, today: string): boolean {
  return followUp.status !== 'done' && followUp.dueOn !== null && followUp.dueOn < today;
}

/** The traffic light of a follow-up on a given day, and why. */
export function computeLight(followUp: LightInput, today: string, yellowDays: number = DEFAULT_YELLOW_DAYS): LightVerdict {
  if (followUp.lightOverride) return { light: followUp.lightOverride.light, reason: 'override' };
  if (followUp.status === 'done') return { light: 'green', reason: 'done' };
  if (followUp.status === 'blocked') return { light: 'red', reason: 'blocked' };
  if (isOverdue(followUp, today)) return { light: 'red', reason: 'overdue' };
  if (followUp.waitingOnThirdParty) return { light: 'yellow', reason: 'waiting' };
  if (followUp.dueOn !== null && daysBetween(today, followUp.dueOn) <= yellowDays) return { light: 'yellow', reason: 'due_soon' };
  return { light: 'green', reason: 'on_track' };
}
