import { useLiveQuery } from 'dexie-react-hooks';
import { DEFAULT_YELLOW_DAYS } from '../../../shared/followUps/trafficLight';
import type { Case } from '../../../shared/model/case';
import { listCases } from '../../db/queries/cases';
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

async function casesById(): Promise<Map<string, Case>> {
  return new Map((await listCases()).map((c) => [c.id, c]));
}

/** Reads the lookups live, so a renamed member or a changed setting shows at once. */
export function useFollowUpLookups(): FollowUpLookups {
  const today = useToday();
  const yellowDays = useLiveQuery(readYellowDays);
  const names = useLiveQuery(memberNames);
  const cases = useLiveQuery(casesById);
  const currentMemberId = useLiveQuery(() => readSetting('currentMemberId'));
  return {
    today,
    yellowDays: yellowDays ?? DEFAULT_YELLOW_DAYS,
    names: names ?? EMPTY,
    cases: cases ?? EMPTY,
    currentMemberId: currentMemberId ?? null,
    ready: yellowDays !== undefined && names !== undefined && cases !== undefined && currentMemberId !== undefined,
  };
}
