import { useLiveQuery } from 'dexie-react-hooks';
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

async function readMeetingData(meetingId: string): Promise<MeetingData | null> {
  const meeting = await getMeeting(meetingId);
  if (!meeting) return null;
  const [items, members, cases] = await Promise.all([listAgendaItems(meetingId), listMembers(), listCases()]);
  const followUps = await followUpsByAgendaItem(items.map((i) => i.id));
  return {
    meeting,
    items,
    members,
    names: new Map(members.map((m) => [m.id, m.name])),
    cases: new Map(cases.map((c) => [c.id, c])),
    followUps,
  };
}

/** The meeting with its agenda, members, cases and follow-ups; undefined while loading, null when it is gone. */
export function useMeetingData(meetingId: string): MeetingData | null | undefined {
  return useLiveQuery(() => readMeetingData(meetingId), [meetingId]);
}

/** The codes of an item's linked cases, in the order they were linked. */
export function caseCodesOf(item: Pick<AgendaItem, 'caseIds'>, cases: ReadonlyMap<string, Case>): string[] {
  return item.caseIds.map((id) => cases.get(id)?.code).filter((code): code is string => code !== undefined);
}
