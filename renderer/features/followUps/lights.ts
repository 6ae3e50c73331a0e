import { computeLight, type LightVerdict } from '../../../shared/followUps/trafficLight';
import type { FollowUp, TrafficLight } from '../../../shared/model/followUp';

/** A follow-up together with the light it shows today. */
export interface LitFollowUp {
  readonly followUp: FollowUp;
  readonly verdict: LightVerdict;
}

/** The groups of the "Alle" view and the Ampelliste: the three colours of open work, then what is done. */
export interface LightGroups {
  readonly red: LitFollowUp[];
  readonly yellow: LitFollowUp[];
  readonly green: LitFollowUp[];
  readonly done: LitFollowUp[];
}

/** The colours from most to least urgent, as they are listed. */
export const LIGHT_ORDER: readonly TrafficLight[] = ['red', 'yellow', 'green'];

/** Puts today's light on each follow-up. */
export function lightUp(followUps: readonly FollowUp[], today: string, yellowDays: number): LitFollowUp[] {
  return followUps.map((followUp) => ({ followUp, verdict: computeLight(followUp, today, yellowDays) }));
}

/** Sorts lit follow-ups into their colour groups; done ones go together, whatever their light. */
export function groupByLight(lit: readonly LitFollowUp[]): LightGroups {
  const groups: LightGroups = { red: [], yellow: [], green: [], done: [] };
  for (const item of lit) {
    if (item.followUp.status === 'done') groups.done.push(item);
    else groups[item.verdict.light].push(item);
  }
  return groups;
}
