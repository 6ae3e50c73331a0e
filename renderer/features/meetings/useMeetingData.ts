import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { AgendaItem } from '../../../shared/model/agendaItem';
import type { Case } from '../../../shared/model/case';
import type { FollowUp } from '../../../shared/model/followUp';
import type { Meeting } from '../../../shared/model/meeting';
import type { Member } from '../../../shared/model/member';
import { followUpsByAgendaItem, listAgendaItems } from '../../db/queries/agendaItems';
import { listCases } from '../../db/queries/cases';
import { getMeeting } from '../../db/queries/meetings';
import { listMembers } from '../../db/queries/members';

/** Everything a meeting's screens show, read live in one query. */
export interface MeetingData {
  readonly meeting: Meeting;
  readonly items: readonly AgendaItem[];
  readonly members: readonly Member[];
  readonly names: ReadonlyMap<string, string>;
  readonly cases: ReadonlyMap<string, Case>;
  readonly followUps: ReadonlyMap<string, readonly FollowUp[]>;
}

async function readMeetingData(meetingId: string): Promise<Omit<MeetingData, 'cases'> | null> {
  const meeting = await getMeeting(meetingId);
  if (!meeting) return null;
  const [items, members] = await Promise.all([listAgendaItems(meetingId), listMembers()]);
  const followUps = await followUpsByAgendaItem(items.map((i) => i.id));
  return { meeting, items, members, names: new Map(members.map((m) => [m.id, m.name])), followUps };
}

async function readCases(): Promise<ReadonlyMap<string, Case>> {
  return new Map((await listCases()).map((c) => [c.id, c]));
}

/**
 * The meeting with its agenda, members, cases and follow-ups; undefined while loading, null when it is gone.
 * The cases are a query of their own: a live query runs again whole when anything it read changes, so
 * each change during a meeting (an outcome, a follow-up) would otherwise read every case once more.
 */
export function useMeetingData(meetingId: string): MeetingData | null | undefined {
  const meetingData = useLiveQuery(() => readMeetingData(meetingId), [meetingId]);
  const cases = useLiveQuery(readCases);
  return useMemo(() => (meetingData === undefined || cases === undefined ? undefined : meetingData === null ? null : { ...meetingData, cases }), [meetingData, cases]);
}

/** The codes of an item's linked cases, in the order they were linked. */
export function caseCodesOf(item: Pick<AgendaItem, 'caseIds'>, cases: ReadonlyMap<string, Case>): string[] {
  return item.caseIds.map((id) => cases.get(id)?.code).filter((code): code is string => code !== undefined);
}
