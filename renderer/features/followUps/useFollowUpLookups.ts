import { useLiveQuery } from 'dexie-react-hooks';
import { DEFAULT_YELLOW_DAYS } from '../../../shared/followUps/trafficLight';
import type { Case } from '../../../shared/model/case';
import { casesById, casesWithIds } from '../../db/queries/cases';
import { memberNames } from '../../db/queries/members';
import { readSetting, readYellowDays } from '../../db/repositories/settings';
import { useToday } from './useToday';

/** What follow-up views need besides the follow-ups: today, the yellow window, names and case codes. */
export interface FollowUpLookups {
  readonly today: string;
  readonly yellowDays: number;
  readonly names: ReadonlyMap<string, string>;
  readonly cases: ReadonlyMap<string, Case>;
  readonly currentMemberId: string | null;
  /** False while any of it is still being read. */
  readonly ready: boolean;
}

const EMPTY = new Map<never, never>();

/**
 * Reads the lookups live, so a renamed member or a changed setting shows at once.
 * `caseIds` names the cases the view shows codes for: a case's page or one follow-up
 * reads only those, instead of all 10,000 cases; without it every live case is read.
 */
export function useFollowUpLookups(caseIds?: readonly string[]): FollowUpLookups {
  const today = useToday();
  const yellowDays = useLiveQuery(readYellowDays);
  const names = useLiveQuery(memberNames);
  // Keyed by the ids' text, so a new array with the same ids does not start another read.
  const idsKey = caseIds === undefined ? null : caseIds.join('\n');
  const cases = useLiveQuery(
    async () => ({ key: idsKey, byId: idsKey === null ? await casesById() : await casesWithIds(idsKey === '' ? [] : idsKey.split('\n')) }),
    [idsKey],
  );
  // A result read for other ids (the moment before the new read ends) counts as not ready.
  const casesReady = cases !== undefined && cases.key === idsKey;
  const currentMemberId = useLiveQuery(() => readSetting('currentMemberId'));
  return {
    today,
    yellowDays: yellowDays ?? DEFAULT_YELLOW_DAYS,
    names: names ?? EMPTY,
    cases: casesReady ? cases.byId : EMPTY,
    currentMemberId: currentMemberId ?? null,
    ready: yellowDays !== undefined && names !== undefined && casesReady && currentMemberId !== undefined,
  };
}
