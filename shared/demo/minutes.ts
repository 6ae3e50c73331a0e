import { buildMinutes, type MinutesInput } from '../meetings/minutes';
import type { AgendaItem } from '../model/agendaItem';
import type { FollowUp } from '../model/followUp';
import type { Meeting, MeetingContent } from '../model/meeting';
import { streamOf, workTime, type DemoContext } from './context';
import type { MeetingPlan } from './meetings';
import { demoUuid } from './random';
import { DEMO_START_MINUTES } from './schedule';
import { DAY_MS, demoRecord, isoTime, msOf, type DemoChange } from './stamps';
import { AMENDMENTS, MINUTES_LABELS_DE, longGermanDay } from './text/meetings';

/**
 * Finishes the demo meetings: the Protokoll of each held meeting is generated the way
 * the app generates it (shared/meetings/minutes.ts, German labels), finalised a few
 * days later and approved by the next held meeting, which locks it; a few approved
 * minutes carry an amendment. The records are stamped with each of those steps.
 */

function germanDay(day: string): string {
  return `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`;
}

function minutesText(plan: MeetingPlan, names: ReadonlyMap<string, string>, caseCodes: ReadonlyMap<string, string>, followUps: ReadonlyMap<string, FollowUp[]>): string {
  const name = (id: string | null) => (id === null ? '' : (names.get(id) ?? ''));
  const { content } = plan;
  const input: MinutesInput = {
    dateText: longGermanDay(plan.day),
    startTime: content.startTime,
    place: content.place,
    moderator: name(content.moderatorId),
    minuteTaker: name(content.minuteTakerId),
    attendees: content.attendance.map((a) => ({ name: name(a.memberId), presence: a.presence, arrivedAt: a.arrivedAt, leftAt: a.leftAt })),
    guests: content.guests.map((g) => ({ name: `${g.organisation}, ${g.role}`, agendaItemId: g.agendaItemId, presence: g.presence })),
    items: plan.items.map((item: AgendaItem) => ({
      id: item.id,
      parentId: item.parentId,
      position: item.position,
      title: item.title,
      isPublic: item.isPublic,
      caseCodes: item.caseIds.map((id) => caseCodes.get(id) ?? '?'),
      presenter: name(item.presenterId),
      guest: item.guest,
      interpreterLanguage: item.interpreterLanguage,
      plannedMinutes: item.plannedMinutes,
      elapsedSeconds: item.elapsedSeconds,
      outcome: item.outcome,
      result: item.result,
      followUps: (followUps.get(item.id) ?? []).map((f) => ({ title: f.title, owner: name(f.ownerId), due: f.dueOn === null ? '' : germanDay(f.dueOn) })),
    })),
  };
  return buildMinutes(input, { showDurations: false, showPresenters: true }, MINUTES_LABELS_DE);
}

/** The meeting records, with minutes, finalisation, approval and amendments. */
export function finishMeetings(
  ctx: DemoContext,
  plans: readonly MeetingPlan[],
  names: ReadonlyMap<string, string>,
  caseCodes: ReadonlyMap<string, string>,
  followUps: readonly FollowUp[],
): Meeting[] {
  const random = streamOf(ctx, 'minutes');
  const byItem = new Map<string, FollowUp[]>();
  for (const f of followUps) if (f.agendaItemId !== null) byItem.set(f.agendaItemId, [...(byItem.get(f.agendaItemId) ?? []), f]);
  const held = plans.filter((p) => p.content.state === 'held');
  // Minutes are approved in the next meeting that is held.
  const approver = new Map(held.map((p, i) => [p.id, held[i + 1] ?? null]));

  return plans.map((plan) => {
    const content: MeetingContent = { ...plan.content };
    const changes: DemoChange<MeetingContent>[] = [];
    const invitedMs = plan.startMs - 14 * DAY_MS;
    if (content.state !== 'planned' && invitedMs < ctx.nowMs) changes.push({ ms: invitedMs, fields: ['state', 'guests'] });
    if (content.state === 'cancelled') changes.push({ ms: plan.startMs - 2 * DAY_MS, fields: ['state', 'carriedToId'] });
    if (content.state === 'held') {
      changes.push({ ms: plan.startMs + 130 * 60_000, fields: ['state', 'attendance', 'guests'] });
      content.minutes = minutesText(plan, names, caseCodes, byItem);
      const finalisedMs = workTime(random, msOf(plan.day) + random.int(2, 9) * DAY_MS);
      changes.push({ ms: Math.min(plan.startMs + DAY_MS, ctx.nowMs - 60_000), fields: ['minutes'] });
      if (finalisedMs < ctx.nowMs) {
        content.minutesFinalisedAt = isoTime(finalisedMs);
        changes.push({ ms: finalisedMs, fields: ['minutesFinalisedAt'] });
      }
      const next = approver.get(plan.id) ?? null;
      if (next !== null && content.minutesFinalisedAt !== null) {
        const approvedMs = msOf(next.day, DEMO_START_MINUTES + 10);
        content.minutesApprovedAt = isoTime(approvedMs);
        content.minutesApprovedInId = next.id;
        changes.push({ ms: approvedMs, fields: ['minutesApprovedAt', 'minutesApprovedInId'] });
        if (random.chance(0.03)) {
          const amendedMs = Math.min(approvedMs + random.int(1, 30) * DAY_MS, ctx.nowMs - 60_000);
          content.amendments = [{ id: demoUuid(random, amendedMs), at: isoTime(amendedMs), memberId: content.minuteTakerId, text: random.pick(AMENDMENTS) }];
          changes.push({ ms: amendedMs, fields: ['amendments'] });
        }
      }
    }
    changes.sort((a, b) => a.ms - b.ms);
    return demoRecord(ctx.clock, plan.id, content, plan.createdMs, changes);
  });
}
