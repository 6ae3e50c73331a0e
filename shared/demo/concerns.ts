import type { TopicArea } from '../model/case';
import type { Concern, ConcernContent } from '../model/concern';
import type { HistoryEntry } from '../model/historyEntry';
import { between, historyRecord, streamOf, workTime, type CasePlan, type DemoContext } from './context';
import { demoUuid } from './random';
import { DEMO_START_MINUTES, meetingDays } from './schedule';
import { DAY_MS, dayOf, demoRecord, isoTime, msOf, type DemoChange } from './stamps';
import { CONCERN_TEXTS, type ConcernText } from './text/concerns';

/**
 * The Anliegen of the demo. Older ones have gone through the whole way (collected,
 * statement approved in a meeting, raised with the addressees, answered); recent ones
 * are still being collected or prepared. The meetings put an item on the agenda for
 * each step (see meetings.ts), so minutes and concerns tell the same story.
 */

/** A step of a concern that a meeting takes up. */
export interface ConcernStep {
  readonly day: string;
  readonly title: string;
  readonly approves: boolean;
}

export interface ConcernPlan {
  readonly id: string;
  readonly topic: TopicArea;
  readonly createdMs: number;
  readonly text: ConcernText;
  readonly status: ConcernContent['status'];
  /** The meeting that approved the public statement, if any. */
  readonly approvedDay: string | null;
  readonly raisedMs: number | null;
  readonly answeredMs: number | null;
  readonly steps: readonly ConcernStep[];
}

/** The first meeting day on or after `ms` that lies before today, or null. */
function meetingFrom(days: readonly string[], ms: number, today: string): string | null {
  const day = dayOf(ms);
  return days.find((d) => d >= day && d < today) ?? null;
}

/** The concerns' life stories, spread over the years. */
export function planConcerns(ctx: DemoContext): ConcernPlan[] {
  const random = streamOf(ctx, 'concerns');
  const days = meetingDays(ctx);
  // The last few are recent, so that some are still being collected or prepared.
  const recent = [150, 90, 30];
  const older = CONCERN_TEXTS.length - recent.length;
  const span = Math.max(0, ctx.nowMs - ctx.startMs - 200 * DAY_MS);
  return CONCERN_TEXTS.map((text, index) => {
    const createdDay =
      index < older
        ? ctx.startMs + Math.floor(((index + random.next()) / older) * span)
        : ctx.nowMs - ((recent[index - older] as number) + random.int(-10, 10)) * DAY_MS;
    const createdMs = workTime(random, Math.max(ctx.startMs, createdDay - (createdDay % DAY_MS)));
    const ageDays = (ctx.nowMs - createdMs) / DAY_MS;
    const steps: ConcernStep[] = [];
    const approvedDay = ageDays > 120 ? meetingFrom(days, createdMs + 45 * DAY_MS, ctx.today) : null;
    let status: ConcernContent['status'] = ageDays > 60 ? 'in_preparation' : 'collected';
    let raisedMs: number | null = null;
    let answeredMs: number | null = null;
    if (approvedDay !== null) {
      status = 'raised';
      steps.push({ day: approvedDay, title: `Anliegen: ${text.title} – Stellungnahme verabschieden`, approves: true });
      raisedMs = Math.min(workTime(random, msOf(approvedDay) + random.int(3, 20) * DAY_MS), ctx.nowMs - DAY_MS);
      const answerAfter = raisedMs + random.int(30, 120) * DAY_MS;
      if (text.answer !== '' && answerAfter < ctx.nowMs - DAY_MS) {
        answeredMs = answerAfter;
        status = ageDays > 1000 && random.chance(0.7) ? 'done' : 'answered';
        const answerDay = meetingFrom(days, answeredMs, ctx.today);
        if (answerDay !== null) steps.push({ day: answerDay, title: `Anliegen: ${text.title} – Antwort der Verwaltung`, approves: false });
      }
    } else if (status === 'in_preparation') {
      const draftDay = meetingFrom(days, createdMs + 20 * DAY_MS, ctx.today);
      if (draftDay !== null) steps.push({ day: draftDay, title: `Anliegen: ${text.title} – Entwurf beraten`, approves: false });
    }
    return { id: demoUuid(random, createdMs), topic: text.topic, createdMs, text, status, approvedDay, raisedMs, answeredMs, steps };
  });
}

/** The concern records, with the cases that were linked to them, and their history (status, approval). */
export function buildConcerns(
  ctx: DemoContext,
  plans: readonly ConcernPlan[],
  cases: readonly CasePlan[],
  moderatorId: string,
): { concerns: Concern[]; history: HistoryEntry[] } {
  const random = streamOf(ctx, 'concern-records');
  const history: HistoryEntry[] = [];
  const event = (plan: ConcernPlan, ms: number, kind: 'concern_status' | 'concern_statement_approved', from: string | null, to: string | null) =>
    history.push(historyRecord(ctx, random, ms, { kind, entityId: plan.id, caseId: null, memberId: moderatorId, from, to, light: null, reason: '' }));
  const linked = new Map<string, string[]>();
  for (const c of cases) for (const concernId of c.record.concernIds) linked.set(concernId, [...(linked.get(concernId) ?? []), c.id]);
  const concerns = plans.map((plan) => {
    const approvedMs = plan.approvedDay === null ? null : msOf(plan.approvedDay, DEMO_START_MINUTES + 100);
    const content: ConcernContent = {
      title: plan.text.title,
      description: plan.text.description,
      publicStatement: plan.status === 'collected' ? '' : plan.text.statement,
      statementApprovedAt: approvedMs === null ? null : isoTime(approvedMs),
      status: plan.status,
      addressees: plan.raisedMs === null ? [] : [...plan.text.addressees],
      raisedOn: plan.raisedMs === null ? null : dayOf(plan.raisedMs),
      answeredOn: plan.answeredMs === null ? null : dayOf(plan.answeredMs),
      answer: plan.answeredMs === null ? '' : plan.text.answer,
      caseIds: linked.get(plan.id) ?? [],
    };
    const changes: DemoChange<ConcernContent>[] = [];
    if (plan.status !== 'collected') {
      changes.push({ ms: plan.createdMs + 20 * DAY_MS, fields: ['status', 'publicStatement'] });
      event(plan, plan.createdMs + 20 * DAY_MS, 'concern_status', 'collected', 'in_preparation');
    }
    if (approvedMs !== null) {
      changes.push({ ms: approvedMs, fields: ['statementApprovedAt'] });
      event(plan, approvedMs, 'concern_statement_approved', null, null);
    }
    if (plan.raisedMs !== null) {
      changes.push({ ms: plan.raisedMs, fields: ['status', 'raisedOn', 'addressees'] });
      event(plan, plan.raisedMs, 'concern_status', 'in_preparation', 'raised');
    }
    if (plan.answeredMs !== null) {
      changes.push({ ms: plan.answeredMs, fields: ['status', 'answeredOn', 'answer'] });
      event(plan, plan.answeredMs, 'concern_status', 'raised', plan.status);
    }
    if (content.caseIds.length > 0) changes.push({ ms: between(random, plan.createdMs, ctx.nowMs), fields: ['caseIds'] });
    changes.sort((a, b) => a.ms - b.ms);
    return demoRecord(ctx.clock, plan.id, content, plan.createdMs, changes);
  });
  return { concerns, history };
}
