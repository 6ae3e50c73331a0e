import type { AgendaItem } from '../model/agendaItem';
import { emptyMeetingContent, type Attendance, type MeetingContent, type MeetingState } from '../model/meeting';
import { agendaBuilder, type AgendaBuilder } from './agenda';
import type { ConcernPlan } from './concerns';
import { isOpenAt, streamOf, type CasePlan, type DemoContext, type MemberPlan } from './context';
import { demoUuid, type Random } from './random';
import { DEMO_MEETING_MINUTES, DEMO_START_MINUTES, DEMO_START_TIME, meetingDays } from './schedule';
import { DAY_MS, msOf } from './stamps';
import { CONCERN_ITEM_OUTCOMES, GUESTS, MISC_OUTCOMES, MISC_TITLE, PLACES, REPORT_OUTCOMES, REPORT_PARENT, STANDING_ITEMS } from './text/meetings';

/**
 * The demo's monthly meetings: held ones with attendance, outcomes and minutes, a
 * few cancelled ones whose items went to the next meeting, items adjourned and
 * taken up again, and the next meeting already on its way. Case discussions and
 * concern steps are handed on, so follow-ups can be decided in them.
 */

/** A Fallbesprechung or concern step, where follow-ups are decided. */
export interface Decision {
  readonly itemId: string;
  readonly caseId: string | null;
  readonly concernId: string | null;
  /** The meeting's start. */
  readonly ms: number;
  /** The day of the meeting after it, for the default due date. */
  readonly nextDay: string | null;
  readonly presenterId: string | null;
}

export interface MeetingPlan {
  readonly id: string;
  readonly day: string;
  readonly startMs: number;
  /** When the meeting was put in the app: four weeks ahead, never after now. */
  readonly createdMs: number;
  readonly content: MeetingContent;
  readonly items: readonly AgendaItem[];
}

interface Carried {
  readonly source: AgendaItem;
  readonly plan: CasePlan;
}

function upperBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Up to n cases open at `ms`, recent ones more often (they are the ones still moving). */
function openCasesAt(random: Random, cases: readonly CasePlan[], openedTimes: readonly number[], ms: number, n: number, taken: Set<string>): CasePlan[] {
  const k = upperBound(openedTimes, ms);
  const out: CasePlan[] = [];
  for (let tries = 0; k > 0 && out.length < n && tries < n * 20; tries++) {
    const plan = cases[k - 1 - Math.floor(k * random.next() ** 1.5)] as CasePlan;
    if (!taken.has(plan.id) && isOpenAt(plan, ms)) {
      taken.add(plan.id);
      out.push(plan);
    }
  }
  return out;
}

function attendanceOf(random: Random, members: readonly MemberPlan[], moderatorId: string, minuteTakerId: string, oldMeeting: boolean): Attendance[] {
  return members
    .filter((m) => m.record.active || oldMeeting)
    .map(({ record }) => {
      const chair = record.id === moderatorId || record.id === minuteTakerId;
      const presence = chair
        ? 'present'
        : record.role === 'guest'
          ? random.weighted([['present', 30], ['excused', 40], ['absent', 30]] as const)
          : random.weighted([['present', 75], ['excused', 17], ['absent', 8]] as const);
      const late = presence === 'present' && !chair && random.chance(0.05);
      const early = presence === 'present' && !chair && random.chance(0.05);
      return { memberId: record.id, presence, arrivedAt: late ? '18:25' : null, leftAt: early ? '19:30' : null };
    });
}

function addReports(agenda: AgendaBuilder, random: Random, members: readonly MemberPlan[], present: ReadonlySet<string>): void {
  const parent = agenda.add('report', REPORT_PARENT, { plannedMinutes: 5 }, 'Die Berichte werden zur Kenntnis genommen.');
  const reporters = members.filter((m) => m.caseWeight >= 3 && (present.size === 0 || present.has(m.record.id)));
  for (const reporter of random.sample(reporters, random.int(2, 3))) {
    agenda.add('report', `Bericht: ${reporter.record.organisation}`, { presenterId: reporter.record.id, plannedMinutes: 5 }, random.pick(REPORT_OUTCOMES), parent);
  }
}

/** Plans every meeting with its agenda; returns the decisions for the follow-ups. */
export function planMeetings(
  ctx: DemoContext,
  members: readonly MemberPlan[],
  cases: readonly CasePlan[],
  concerns: readonly ConcernPlan[],
): { meetings: MeetingPlan[]; decisions: Decision[] } {
  const random = streamOf(ctx, 'meetings');
  const days = meetingDays(ctx);
  const openedTimes = cases.map((c) => c.openedMs);
  const moderation = members[0]?.record.id ?? null;
  const minutes = members[1]?.record.id ?? null;
  const stepsByDay = new Map<string, { concern: ConcernPlan; title: string; approves: boolean }[]>();
  for (const concern of concerns) for (const step of concern.steps) stepsByDay.set(step.day, [...(stepsByDay.get(step.day) ?? []), { concern, ...step }]);
  const lastHeld = days.findIndex((d) => d >= ctx.today) - 1;

  const meetings: MeetingPlan[] = [];
  const decisions: Decision[] = [];
  let carried: Carried[] = [];
  days.forEach((day, index) => {
    const startMs = msOf(day, DEMO_START_MINUTES);
    const upcoming = day >= ctx.today;
    const cancelled = !upcoming && index > 0 && index < lastHeld && random.chance(0.03);
    const state: MeetingState = upcoming ? ((startMs - ctx.nowMs) / DAY_MS <= 14 ? 'invited' : 'planned') : cancelled ? 'cancelled' : 'held';
    const createdMs = Math.min(Math.max(startMs - 28 * DAY_MS, ctx.startMs - DAY_MS), ctx.nowMs - DAY_MS);
    const id = demoUuid(random, createdMs);
    const nextDay = days[index + 1] ?? null;
    const moderatorId = random.chance(0.9) ? moderation : (members[2]?.record.id ?? moderation);
    const minuteTakerId = random.chance(0.85) ? minutes : (members[3]?.record.id ?? minutes);
    const held = state === 'held';
    const attendance = held ? attendanceOf(random, members, moderatorId ?? '', minuteTakerId ?? '', startMs < ctx.nowMs - 730 * DAY_MS) : [];
    const present = new Set(attendance.filter((a) => a.presence === 'present').map((a) => a.memberId));
    const agenda = agendaBuilder(ctx, random, { meetingId: id, startMs, held, preparedMs: Math.min(Math.max(startMs - 21 * DAY_MS, createdMs), ctx.nowMs - DAY_MS) });

    for (const standing of STANDING_ITEMS) {
      agenda.add('organisational', standing.title, { standing: true, plannedMinutes: 5, presenterId: moderatorId }, random.pick(standing.outcomes));
    }
    if (!cancelled) addReports(agenda, random, members, present);

    const taken = new Set<string>();
    const canAdjournAt = (plan: CasePlan) => nextDay !== null && isOpenAt(plan, msOf(nextDay, DEMO_START_MINUTES));
    const discuss = (plan: CasePlan, carriedFromId: string | null) => {
      const { id: itemId, adjourned } = agenda.addCase(plan, carriedFromId === null ? {} : { carriedFromId }, canAdjournAt(plan));
      if (adjourned) carried.push({ source: agenda.items[agenda.items.length - 1] as AgendaItem, plan });
      else if (held) decisions.push({ itemId, caseId: plan.id, concernId: null, ms: startMs, nextDay, presenterId: plan.responsibleIds[0] ?? null });
    };
    const fromBefore = carried;
    carried = [];
    for (const { source, plan } of fromBefore) {
      // Adjourned items of the last meeting are left half to "Tagesordnung vorbereiten", so it has something to propose.
      if ((upcoming && source.result === 'adjourned' && random.chance(0.5)) || !isOpenAt(plan, startMs)) continue;
      taken.add(plan.id);
      discuss(plan, source.id);
    }
    const fresh = upcoming
      ? random.sample(cases.filter((c) => c.closedMs === null && !taken.has(c.id) && (c.record.markedForNextMeeting || (c.record.resubmissionOn !== null && c.record.resubmissionOn <= day))), 4)
      : openCasesAt(random, cases, openedTimes, startMs, random.int(3, 5), taken);
    for (const plan of fresh) {
      taken.add(plan.id);
      discuss(plan, null);
    }
    if (cancelled) {
      // Nothing was dealt with: every case item goes to the next meeting.
      const byId = new Map(fresh.concat(fromBefore.map((c) => c.plan)).map((plan) => [plan.id, plan]));
      carried = agenda.items.flatMap((source) => {
        const plan = source.kind === 'case' ? byId.get(source.caseIds[0] ?? '') : undefined;
        return plan ? [{ source, plan }] : [];
      });
    }

    if (!cancelled && random.chance(0.25)) {
      const guest = random.pick(GUESTS);
      const itemId = agenda.add('guest', guest.title, { guest: `${guest.organisation}, ${guest.role}`, plannedMinutes: 20, presenterId: moderatorId }, guest.outcome);
      agenda.guests.push({
        id: demoUuid(random, startMs - 14 * DAY_MS),
        organisation: guest.organisation,
        role: guest.role,
        agendaItemId: itemId,
        invited: state !== 'planned',
        presence: held ? (random.chance(0.9) ? 'present' : 'excused') : null,
        arrivedAt: null,
        leftAt: null,
      });
    }
    if (!cancelled) {
      for (const step of stepsByDay.get(day) ?? []) {
        const outcome = step.approves ? (CONCERN_ITEM_OUTCOMES[0] as string) : random.pick(CONCERN_ITEM_OUTCOMES.slice(1));
        const itemId = agenda.add('concern', step.title, { concernId: step.concern.id, plannedMinutes: 15, presenterId: moderatorId }, outcome);
        if (held && step.approves) decisions.push({ itemId, caseId: null, concernId: step.concern.id, ms: startMs, nextDay, presenterId: moderatorId });
      }
      agenda.add('misc', MISC_TITLE, { plannedMinutes: 5 }, random.pick(MISC_OUTCOMES));
    }

    const content: MeetingContent = {
      ...emptyMeetingContent(day, DEMO_START_TIME, DEMO_MEETING_MINUTES, random.pick(PLACES)),
      moderatorId,
      minuteTakerId,
      state,
      guests: agenda.guests,
      attendance,
    };
    meetings.push({ id, day, startMs, createdMs, content, items: agenda.items });
  });
  // A cancelled meeting names the meeting its items went to.
  meetings.forEach((meeting, index) => {
    if (meeting.content.state === 'cancelled') meeting.content.carriedToId = meetings[index + 1]?.id ?? null;
  });
  return { meetings, decisions };
}
