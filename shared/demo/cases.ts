import type { CaseContent, CaseStatus } from '../model/case';
import type { HistoryEntry } from '../model/historyEntry';
import { AGE_BAND_WEIGHTS, HOUSEHOLD_WEIGHTS, URGENCY_WEIGHTS, drawOrigin, drawTopics } from './attributes';
import { between, historyRecord, streamOf, workTime, type CasePlan, type DemoContext, type MemberPlan } from './context';
import type { ConcernPlan } from './concerns';
import { demoUuid, type Random } from './random';
import { DAY_MS, dayOf, demoRecord, isoTime, type DemoChange } from './stamps';
import { fillFrom } from './text/fill';
import { CLOSING_REASONS, SUMMARY_ADDITIONS, TOPIC_TEXTS } from './text/topics';

/**
 * Demo cases: opened evenly over the years, most older ones closed, a working set
 * of open ones with Wiedervorlagen and marks for the next meeting. Each case's
 * record carries the stamps of its story (opened, taken up, waiting, closed), and
 * each change of status has its history entry, as the app writes them.
 */

/** How likely a case of that age (in days) is closed by now. */
function closedShare(ageDays: number): number {
  if (ageDays > 730) return 0.93;
  if (ageDays > 365) return 0.7;
  if (ageDays > 180) return 0.45;
  if (ageDays > 60) return 0.2;
  return 0.03;
}

function openStatus(random: Random, ageDays: number): Exclude<CaseStatus, 'closed'> {
  if (ageDays < 30) return random.chance(0.7) ? 'new' : 'in_progress';
  return random.weighted([
    ['in_progress', 65],
    ['waiting', 30],
    ['new', 5],
  ] as const);
}

/** Case workers drawn by weight: welfare organisations carry most cases. */
function pickResponsible(random: Random, members: readonly MemberPlan[]): string[] {
  const carriers = members.filter((m) => m.caseWeight > 0 && m.record.active).map((m) => [m.record.id, m.caseWeight] as const);
  const first = random.weighted(carriers);
  if (!random.chance(0.3)) return [first];
  const second = random.weighted(carriers);
  return second === first ? [first] : [first, second];
}

interface Draft {
  readonly openedMs: number;
  readonly random: Random;
}

/** The cases of the demo, sorted by the day they were opened, and their status history. */
export function generateCases(
  ctx: DemoContext,
  count: number,
  members: readonly MemberPlan[],
  concerns: readonly ConcernPlan[],
): { plans: CasePlan[]; history: HistoryEntry[] } {
  const random = streamOf(ctx, 'cases');
  const span = ctx.nowMs - DAY_MS - ctx.startMs;
  // Opening days first, so codes can be numbered per year in the order cases came in.
  const drafts: Draft[] = [];
  for (let i = 0; i < count; i++) {
    const day = ctx.startMs + Math.floor(random.next() * span);
    drafts.push({ openedMs: workTime(random, day - (day % DAY_MS)), random });
  }
  drafts.sort((a, b) => a.openedMs - b.openedMs);
  const perYear = new Map<number, number>();
  const concernsByTopic = new Map<string, ConcernPlan[]>();
  for (const concern of concerns) concernsByTopic.set(concern.topic, [...(concernsByTopic.get(concern.topic) ?? []), concern]);

  const plans: CasePlan[] = [];
  const history: HistoryEntry[] = [];
  for (const { openedMs } of drafts) {
    const year = new Date(openedMs).getUTCFullYear();
    const number = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, number);
    const code = `RT-${year}-${String(number).padStart(3, '0')}`;
    const id = demoUuid(random, openedMs);
    const ageDays = (ctx.nowMs - openedMs) / DAY_MS;
    const closed = random.chance(closedShare(ageDays));
    const closedMs = closed ? openedMs + Math.floor((ctx.nowMs - openedMs) * Math.max(0.03, random.next() ** 1.6)) : null;
    const status: CaseStatus = closed ? 'closed' : openStatus(random, ageDays);
    const topics = drawTopics(random);
    const texts = TOPIC_TEXTS[topics[0] ?? 'other'];
    const origin = drawOrigin(random);
    const responsibleIds = pickResponsible(random, members);
    const extra = { sprache: origin.languages[0] ?? 'Englisch' };
    const title = fillFrom(random, texts.titles, extra).slice(0, 120);
    const summary = random.chance(0.85)
      ? [fillFrom(random, texts.intake, extra), random.chance(0.5) ? fillFrom(random, SUMMARY_ADDITIONS, extra) : ''].filter(Boolean).join(' ')
      : '';
    const linkable = topics.flatMap((topic) => concernsByTopic.get(topic) ?? []).filter((c) => c.createdMs < ctx.nowMs);
    const concern = linkable.length > 0 && random.chance(0.3) ? random.pick(linkable) : null;
    // A Wiedervorlage: a quarter of them due already (within the last two weeks), the rest ahead.
    const resubmission = !closed && random.chance(0.3) ? dayOf(ctx.nowMs + (random.chance(0.25) ? -random.int(0, 14) : random.int(1, 120)) * DAY_MS) : null;
    const trashed = closed && random.chance(0.005);
    const closingReason = closed ? random.weighted(CLOSING_REASONS) : '';
    const content: CaseContent = {
      code,
      title,
      topics,
      status,
      urgency: random.weighted(URGENCY_WEIGHTS),
      responsibleIds,
      openedOn: dayOf(openedMs),
      closedOn: closedMs === null ? null : dayOf(closedMs),
      closingReason,
      resubmissionOn: resubmission,
      markedForNextMeeting: !closed && random.chance(0.08),
      ageBand: random.weighted(AGE_BAND_WEIGHTS),
      householdSize: random.weighted(HOUSEHOLD_WEIGHTS),
      regionOfOrigin: origin.regionOfOrigin,
      residenceStatus: origin.residenceStatus,
      languages: [...origin.languages],
      interpreterNeeded: origin.interpreterNeeded,
      concernIds: concern ? [concern.id] : [],
      summary,
      trashedAt: null,
    };

    // The story of the record: new, taken up a few days later, maybe waiting, maybe closed.
    const endMs = closedMs ?? ctx.nowMs;
    const changes: DemoChange<CaseContent>[] = [];
    const who = responsibleIds[0] ?? null;
    const event = (ms: number, from: string, to: string, kind: 'case_status' | 'case_closed', reason = '') =>
      history.push(historyRecord(ctx, random, ms, { kind, entityId: id, caseId: id, memberId: who, from, to, light: null, reason }));
    if (status !== 'new') {
      const takenUpMs = Math.min(openedMs + random.int(1, 10) * DAY_MS, between(random, openedMs, endMs));
      changes.push({ ms: takenUpMs, fields: ['status'] });
      event(takenUpMs, 'new', 'in_progress', 'case_status');
      if (status === 'waiting') {
        const waitingMs = between(random, takenUpMs, ctx.nowMs);
        changes.push({ ms: waitingMs, fields: ['status'] });
        event(waitingMs, 'in_progress', 'waiting', 'case_status');
      }
    }
    if (concern) changes.push({ ms: Math.max(concern.createdMs, between(random, openedMs, endMs)), fields: ['concernIds'] });
    if (resubmission !== null) changes.push({ ms: between(random, Math.max(openedMs, ctx.nowMs - 30 * DAY_MS), ctx.nowMs), fields: ['resubmissionOn'] });
    if (closedMs !== null) {
      changes.push({ ms: closedMs, fields: ['status', 'closedOn', 'closingReason'] });
      event(closedMs, 'in_progress', 'closed', 'case_closed', closingReason);
    }
    if (trashed && closedMs !== null) {
      const trashedMs = between(random, closedMs, ctx.nowMs);
      content.trashedAt = isoTime(trashedMs);
      changes.push({ ms: trashedMs, fields: ['trashedAt'] });
      history.push(historyRecord(ctx, random, trashedMs, { kind: 'case_trashed', entityId: id, caseId: id, memberId: who, from: null, to: null, light: null, reason: '' }));
    }
    changes.sort((a, b) => a.ms - b.ms);
    const record = demoRecord(ctx.clock, id, content, openedMs, changes);
    plans.push({ id, code, title, openedMs, closedMs, topics, languages: origin.languages, interpreterNeeded: origin.interpreterNeeded, responsibleIds, record });
  }
  return { plans, history };
}
