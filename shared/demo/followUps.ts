import { addDays } from '../followUps/dueDate';
import { computeLight } from '../followUps/trafficLight';
import { BLOCK_CATEGORIES, type BlockCategory, type FollowUp, type FollowUpContent } from '../model/followUp';
import type { HistoryEntry, HistoryKind } from '../model/historyEntry';
import { between, historyRecord, streamOf, type CasePlan, type DemoContext, type MemberPlan } from './context';
import type { Decision } from './meetings';
import { demoUuid, type Random } from './random';
import { DAY_MS, dayOf, demoRecord, type DemoChange } from './stamps';
import { fill } from './text/fill';
import { FOLLOW_UP_WITHOUT_CASE } from './text/meetings';
import { BLOCKED_REASONS, COMPLETION_NOTES, DUE_CHANGE_REASONS, OVERRIDE_REASONS, TOPIC_TEXTS } from './text/topics';

/**
 * Demo follow-ups with the Ampeldokument history the app would have written: created
 * "offen", then taken up, done, blocked or left waiting. Closed cases' follow-ups are
 * all done; open cases keep a working set whose lights spread like a real list: most
 * green, some yellow (due soon, waiting on others), some red (overdue, blocked).
 */

type Fate = 'done' | 'on_track' | 'due_soon' | 'waiting' | 'overdue' | 'blocked';

const ACTIVE_FATES: readonly (readonly [Fate, number])[] = [
  ['done', 47],
  ['on_track', 32],
  ['due_soon', 7],
  ['waiting', 5],
  ['overdue', 5],
  ['blocked', 4],
];
const OLD_FATES: readonly (readonly [Fate, number])[] = [
  ['done', 92],
  ['overdue', 4],
  ['blocked', 4],
];
const BLOCK_WEIGHTS = BLOCK_CATEGORIES.map((c): readonly [BlockCategory, number] => [c, c === 'authority' ? 4 : c === 'other' ? 1 : 2]);
const HOUR = 3_600_000;

interface Draft {
  readonly caseId: string | null;
  readonly agendaItemId: string | null;
  readonly title: string;
  readonly details: string;
  readonly ownerId: string | null;
  readonly creatorId: string | null;
  readonly createdMs: number;
  /** The latest moment things may happen: the case's closing, or now. */
  readonly endMs: number;
  readonly fate: Fate;
  /** The due date the follow-up was given when it was created (the day before the next meeting). */
  readonly defaultDue: string | null;
}

interface Event {
  readonly ms: number;
  readonly kind: HistoryKind;
  readonly from: string | null;
  readonly to: string | null;
  readonly reason: string;
  readonly patch: Partial<FollowUpContent>;
}

function dueFor(ctx: DemoContext, random: Random, draft: Draft): string | null {
  const createdDay = dayOf(draft.createdMs);
  const atLeastCreated = (day: string) => (day < createdDay ? createdDay : day);
  switch (draft.fate) {
    case 'done':
      return draft.defaultDue ?? addDays(createdDay, random.int(7, 42));
    case 'on_track':
      return addDays(ctx.today, random.int(8, 60));
    case 'due_soon':
      return addDays(ctx.today, random.int(0, 7));
    case 'waiting':
      return random.chance(0.25) ? null : addDays(ctx.today, random.int(8, 45));
    case 'overdue':
      return atLeastCreated(addDays(ctx.today, -random.int(1, 40)));
    case 'blocked':
      return atLeastCreated(addDays(ctx.today, random.int(-10, 30)));
  }
}

/** The record and history of one follow-up, following its fate from "offen" to where it stands now. */
function build(ctx: DemoContext, random: Random, draft: Draft, history: HistoryEntry[]): FollowUp {
  const id = demoUuid(random, draft.createdMs);
  const dueOn = dueFor(ctx, random, draft);
  let state: FollowUpContent = {
    title: draft.title.slice(0, 200),
    details: draft.details,
    caseId: draft.caseId,
    agendaItemId: draft.agendaItemId,
    ownerId: draft.ownerId,
    dueOn,
    status: 'open',
    waitingOnThirdParty: false,
    blockedReason: '',
    blockedCategory: null,
    completionNote: '',
    lightOverride: null,
  };
  const lastMs = Math.max(draft.createdMs + HOUR, Math.min(draft.endMs, ctx.nowMs) - HOUR);
  const events: Event[] = [];
  const status = (ms: number, to: FollowUpContent['status'], reason: string, patch: Partial<FollowUpContent> = {}) =>
    events.push({ ms, kind: 'follow_up_status', from: null, to, reason, patch: { status: to, ...patch } });
  const progressMs = between(random, draft.createdMs + HOUR, lastMs);
  if (draft.fate === 'done') {
    const doneMs = Math.min(draft.createdMs + random.int(2, 40) * DAY_MS, lastMs);
    if (random.chance(0.25)) status(between(random, draft.createdMs + HOUR, doneMs), 'in_progress', '');
    const note = random.chance(0.6) ? random.pick(COMPLETION_NOTES) : '';
    status(doneMs, 'done', note, { completionNote: note });
  } else if (draft.fate === 'blocked') {
    const category = random.weighted(BLOCK_WEIGHTS);
    const reason = random.pick(BLOCKED_REASONS[category]);
    status(progressMs, 'blocked', reason, { blockedReason: reason, blockedCategory: category });
  } else if (draft.fate === 'waiting') {
    status(progressMs, 'in_progress', '');
    events.push({ ms: between(random, progressMs, lastMs), kind: 'follow_up_waiting', from: 'false', to: 'true', reason: '', patch: { waitingOnThirdParty: true } });
  } else if (random.chance(0.45)) status(progressMs, 'in_progress', '');
  if (draft.fate !== 'done' && draft.fate !== 'blocked' && dueOn !== null && random.chance(0.1)) {
    const earlier = addDays(dueOn, -14) < dayOf(draft.createdMs) ? dayOf(draft.createdMs) : addDays(dueOn, -14);
    if (earlier !== dueOn) {
      state = { ...state, dueOn: earlier };
      events.push({ ms: between(random, draft.createdMs + HOUR, lastMs), kind: 'follow_up_due', from: earlier, to: dueOn, reason: random.pick(DUE_CHANGE_REASONS), patch: { dueOn } });
    }
  }
  const startState = state;
  history.push(
    historyRecord(ctx, random, draft.createdMs, {
      kind: 'follow_up_created',
      entityId: id,
      caseId: draft.caseId,
      memberId: draft.creatorId,
      from: null,
      to: 'open',
      light: computeLight(startState, dayOf(draft.createdMs)).light,
      reason: '',
    }),
  );
  events.sort((a, b) => a.ms - b.ms);
  const changes: DemoChange<FollowUpContent>[] = [];
  for (const event of events) {
    const before = state;
    state = { ...state, ...event.patch };
    const from = event.kind === 'follow_up_status' ? before.status : event.from;
    changes.push({ ms: event.ms, fields: Object.keys(event.patch) as (keyof FollowUpContent & string)[] });
    history.push(
      historyRecord(ctx, random, event.ms, {
        kind: event.kind,
        entityId: id,
        caseId: draft.caseId,
        memberId: draft.ownerId,
        from,
        to: event.to,
        light: computeLight(state, dayOf(event.ms)).light,
        reason: event.reason,
      }),
    );
  }
  if (state.status !== 'done' && random.chance(0.02)) {
    const ms = between(random, draft.createdMs + HOUR, lastMs);
    const previous = computeLight(state, dayOf(ms)).light;
    const light = previous === 'green' ? 'red' : 'green';
    const reason = light === 'red' ? (OVERRIDE_REASONS[2] as string) : random.pick(OVERRIDE_REASONS.slice(0, 2));
    state = { ...state, lightOverride: { light, reason } };
    changes.push({ ms, fields: ['lightOverride'] });
    history.push(historyRecord(ctx, random, ms, { kind: 'follow_up_light', entityId: id, caseId: draft.caseId, memberId: draft.ownerId, from: previous, to: light, light, reason }));
  }
  changes.sort((a, b) => a.ms - b.ms);
  return demoRecord(ctx.clock, id, state, draft.createdMs, changes);
}

function caseFollowUpText(random: Random, plan: CasePlan): [string, string] {
  const topic = random.chance(0.6) ? plan.topics[0] : random.pick(plan.topics);
  const [title, details] = random.pick(TOPIC_TEXTS[topic ?? 'other'].followUps);
  const extra = { sprache: plan.languages[0] ?? 'Englisch' };
  return [fill(random, title, extra), fill(random, details, extra)];
}

/** The follow-ups of every case (some decided in a Fallbesprechung) and of concern decisions, with their history. */
export function generateFollowUps(
  ctx: DemoContext,
  members: readonly MemberPlan[],
  cases: readonly CasePlan[],
  decisions: readonly Decision[],
): { followUps: FollowUp[]; history: HistoryEntry[] } {
  const random = streamOf(ctx, 'follow-ups');
  const carriers = members.filter((m) => m.caseWeight > 0 && m.record.active).map((m) => [m.record.id, m.caseWeight] as const);
  const byCase = new Map<string, Decision[]>();
  for (const d of decisions) if (d.caseId !== null) byCase.set(d.caseId, [...(byCase.get(d.caseId) ?? []), d]);
  const followUps: FollowUp[] = [];
  const history: HistoryEntry[] = [];
  const oldBefore = ctx.nowMs - 75 * DAY_MS;

  for (const plan of cases) {
    const endMs = plan.closedMs ?? ctx.nowMs;
    const owner = () => (random.chance(0.7) ? (plan.responsibleIds[0] ?? null) : random.weighted(carriers));
    const discussed = byCase.get(plan.id) ?? [];
    for (const [index, decision] of discussed.entries()) {
      // A case discussed again and again does not get a new follow-up every time.
      if (index >= 4 && !random.chance(0.25)) continue;
      const createdMs = decision.ms + 2 * HOUR;
      const fate = plan.closedMs !== null ? 'done' : random.weighted(createdMs < oldBefore ? OLD_FATES : ACTIVE_FATES);
      const [title, details] = caseFollowUpText(random, plan);
      const defaultDue = decision.nextDay === null ? null : addDays(decision.nextDay, -1);
      const draft = { caseId: plan.id, agendaItemId: decision.itemId, title, details, ownerId: decision.presenterId ?? owner(), creatorId: decision.presenterId, createdMs, endMs, fate, defaultDue };
      followUps.push(build(ctx, random, draft, history));
    }
    const more = random.int(3, 7) - discussed.length;
    for (let i = 0; i < more; i++) {
      let fate: Fate = plan.closedMs !== null ? 'done' : random.weighted(ACTIVE_FATES);
      const recentFrom = Math.max(plan.openedMs, ctx.nowMs - 75 * DAY_MS);
      const createdMs = fate === 'done' ? between(random, plan.openedMs, endMs - 2 * DAY_MS) : between(random, recentFrom, ctx.nowMs - 2 * HOUR);
      // A follow-up made yesterday cannot be long overdue yet.
      if (fate === 'overdue' && createdMs > ctx.nowMs - 2 * DAY_MS) fate = 'due_soon';
      const [title, details] = caseFollowUpText(random, plan);
      const ownerId = owner();
      followUps.push(build(ctx, random, { caseId: plan.id, agendaItemId: null, title, details, ownerId, creatorId: ownerId, createdMs, endMs, fate, defaultDue: null }, history));
    }
  }
  for (const decision of decisions) {
    if (decision.concernId === null) continue;
    const createdMs = decision.ms + 2 * HOUR;
    const [title, details] = FOLLOW_UP_WITHOUT_CASE[0] as readonly [string, string];
    const fate: Fate = createdMs < ctx.nowMs - 30 * DAY_MS ? 'done' : 'due_soon';
    const draft = { caseId: null, agendaItemId: decision.itemId, title, details, ownerId: decision.presenterId, creatorId: decision.presenterId, createdMs, endMs: ctx.nowMs, fate, defaultDue: null };
    followUps.push(build(ctx, random, draft, history));
  }
  return { followUps, history };
}
