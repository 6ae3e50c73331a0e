import { addDays } from '../../../shared/followUps/dueDate';
import { computeLight, type LightReason } from '../../../shared/followUps/trafficLight';
import { localDay } from '../../../shared/model/dates';
import type { FollowUpContent, TrafficLight } from '../../../shared/model/followUp';
import type { HistoryEntry } from '../../../shared/model/historyEntry';

/** A change of light that the passing days caused, on the day it happened. */
export interface AutomaticChange {
  readonly day: string;
  readonly light: TrafficLight;
  readonly reason: LightReason;
}

type LightInput = Pick<FollowUpContent, 'status' | 'dueOn' | 'waitingOnThirdParty' | 'lightOverride'>;

/**
 * The light changes since the last recorded event that nobody made: a follow-up
 * turns gelb when its due date comes near and rot the day after it. They are not
 * stored (no one decided them, and every laptop would write its own copy), but the
 * Ampeldokument shows them with their day, so the history tells the whole story.
 */
export function automaticChanges(
  followUp: LightInput,
  history: readonly Pick<HistoryEntry, 'at' | 'light'>[],
  today: string,
  yellowDays: number,
): AutomaticChange[] {
  const last = history.at(-1);
  if (!last?.light || followUp.dueOn === null) return [];
  const since = localDay(Date.parse(last.at));
  // The light can only change by itself on these two days: the yellow window opens, the due date passes.
  const turningDays = [addDays(followUp.dueOn, -yellowDays), addDays(followUp.dueOn, 1)].filter((day) => day > since && day <= today);
  const changes: AutomaticChange[] = [];
  let previous = last.light;
  for (const day of turningDays) {
    const verdict = computeLight(followUp, day, yellowDays);
    if (verdict.light === previous) continue;
    changes.push({ day, light: verdict.light, reason: verdict.reason });
    previous = verdict.light;
  }
  return changes;
}
