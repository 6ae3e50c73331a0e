import { emptyAgendaItemContent, type AgendaItem, type AgendaItemContent, type AgendaItemKind } from '../model/agendaItem';
import type { MeetingGuest } from '../model/meeting';
import { between, type CasePlan, type DemoContext } from './context';
import { demoUuid, type Random } from './random';
import { DAY_MS, demoRecord, type DemoChange } from './stamps';
import { ADJOURNED_OUTCOMES, CASE_OUTCOMES, MODERATION_NOTES } from './text/meetings';

/**
 * The agenda of one demo meeting as it is put together: items are numbered in the
 * order they are added (sub-items under their parent), get their outcome when the
 * meeting is held, and become records stamped with when they were planned and when
 * the meeting dealt with them.
 */

export interface AgendaBuilder {
  readonly items: AgendaItem[];
  readonly guests: MeetingGuest[];
  /** Adds an item; returns its id. `outcome` is used only when the meeting is held. */
  add(kind: AgendaItemKind, title: string, fields: Partial<AgendaItemContent>, outcome: string, parentId?: string | null): string;
  /** Adds a Fallbesprechung of a case; returns its id and whether it was adjourned. */
  addCase(plan: CasePlan, fields: Partial<AgendaItemContent>, canAdjourn: boolean): { id: string; adjourned: boolean };
}

export interface MeetingFrame {
  readonly meetingId: string;
  /** The meeting's start, epoch milliseconds. */
  readonly startMs: number;
  /** Outcomes and timings are recorded (the meeting was held). */
  readonly held: boolean;
  /** When the agenda was prepared. */
  readonly preparedMs: number;
}

/** A builder for the agenda of one meeting. */
export function agendaBuilder(ctx: DemoContext, random: Random, frame: MeetingFrame): AgendaBuilder {
  const items: AgendaItem[] = [];
  const guests: MeetingGuest[] = [];
  const childCount = new Map<string, number>();
  let top = 0;
  let minuteOfMeeting = 0;

  function add(kind: AgendaItemKind, title: string, fields: Partial<AgendaItemContent>, outcome: string, parentId: string | null = null): string {
    let position: number;
    if (parentId === null) position = ++top;
    else {
      position = (childCount.get(parentId) ?? 0) + 1;
      childCount.set(parentId, position);
    }
    const base = emptyAgendaItemContent(frame.meetingId, title.slice(0, 300), kind, position);
    const createdMs = between(random, frame.preparedMs, Math.min(frame.startMs - DAY_MS, ctx.nowMs));
    const id = demoUuid(random, createdMs);
    const content: AgendaItemContent = { ...base, parentId, ...fields };
    const changes: DemoChange<AgendaItemContent>[] = [];
    if (frame.held) {
      content.outcome = content.result === 'adjourned' ? content.outcome : outcome;
      if (content.result === 'open') content.result = 'done';
      content.elapsedSeconds = Math.round(content.plannedMinutes * 60 * (0.6 + random.next() * 0.9));
      minuteOfMeeting += content.plannedMinutes;
      changes.push({ ms: frame.startMs + minuteOfMeeting * 60_000 + random.int(0, 59_999), fields: ['outcome', 'result', 'elapsedSeconds'] });
    }
    items.push(demoRecord(ctx.clock, id, content, createdMs, changes));
    return id;
  }

  function addCase(plan: CasePlan, fields: Partial<AgendaItemContent>, canAdjourn: boolean): { id: string; adjourned: boolean } {
    const adjourned = frame.held && canAdjourn && random.chance(0.07);
    const speaks = random.chance(0.15);
    const id = add(
      'case',
      `${plan.code} – ${plan.title}`,
      {
        caseIds: [plan.id],
        presenterId: plan.responsibleIds[0] ?? null,
        plannedMinutes: random.pick([10, 15, 15, 20]),
        isPublic: false,
        affectedPersonSpeaks: speaks,
        interpreterLanguage: speaks && plan.interpreterNeeded ? (plan.languages[0] ?? null) : null,
        moderationNotes: random.chance(0.2) ? random.pick(MODERATION_NOTES) : '',
        ...(adjourned ? { result: 'adjourned' as const, outcome: random.pick(ADJOURNED_OUTCOMES) } : {}),
        ...fields,
      },
      random.pick(CASE_OUTCOMES),
    );
    return { id, adjourned };
  }

  return { items, guests, add, addCase };
}
