import { proposeAgenda } from '../../../shared/agenda/proposals';
import { listAgendaItems, listPendingAdjourned } from '../../../renderer/db/queries/agendaItems';
import { listCases } from '../../../renderer/db/queries/cases';
import { listFollowUpsForAgenda } from '../../../renderer/db/queries/followUps';
import { getNextMeeting, listMeetings } from '../../../renderer/db/queries/meetings';
import { today } from '../../../renderer/features/meetings/meetingRule';

/**
 * "Tagesordnung vorbereiten" for the next meeting, along the dialog's own path: the
 * meeting screen has its agenda and cases loaded already (not timed); the dialog then
 * reads the unfinished follow-ups (status index) and the pending adjourned items and computes the proposals.
 */
export async function agendaRuns(runs: number): Promise<{ samples: number[]; proposals: number; meetingDate: string }> {
  const day = today();
  const meeting = (await getNextMeeting(day)) ?? (await listMeetings())[0];
  if (!meeting) throw new Error('no meeting in the data');
  const [items, caseList] = await Promise.all([listAgendaItems(meeting.id), listCases()]);
  const cases = new Map(caseList.map((c) => [c.id, c]));
  const samples: number[] = [];
  let proposals = 0;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const [followUps, adjourned] = await Promise.all([listFollowUpsForAgenda(meeting.date, day), listPendingAdjourned(meeting.date)]);
    const all = proposeAgenda({
      meetingDate: meeting.date,
      today: day,
      cases: [...cases.values()],
      followUps,
      adjourned,
      alreadyOnAgenda: { caseIds: new Set(items.flatMap((i) => i.caseIds)), carriedFromIds: new Set(items.map((i) => i.carriedFromId).filter((id): id is string => id !== null)) },
    });
    samples.push(performance.now() - started);
    proposals = all.length;
  }
  return { samples, proposals, meetingDate: meeting.date };
}
