import type { CaseNote, CaseNoteContent } from '../model/caseNote';
import { between, streamOf, type CasePlan, type DemoContext, type MemberPlan } from './context';
import { demoUuid } from './random';
import { DAY_MS, dayOf, demoRecord, isoTime } from './stamps';
import { fillFrom } from './text/fill';
import { CLOSING_NOTES, NOTE_ADDITIONS, TOPIC_TEXTS } from './text/topics';

/**
 * The Verlauf of each demo case: an intake note, progress notes drawn from the case's
 * topic areas, and a closing note for a closed case. The text is made from templates
 * and word pools that name offices and documents, never people.
 */

/** About five notes per case, in date order. */
export function generateNotes(ctx: DemoContext, members: readonly MemberPlan[], cases: readonly CasePlan[]): CaseNote[] {
  const random = streamOf(ctx, 'notes');
  const writers = members.filter((m) => m.caseWeight > 0).map((m) => m.record.id);
  const notes: CaseNote[] = [];
  for (const plan of cases) {
    const endMs = plan.closedMs ?? ctx.nowMs - 60_000;
    const count = random.int(3, 7);
    const times = [plan.openedMs + 60_000];
    for (let i = 1; i < count; i++) times.push(between(random, plan.openedMs + 2 * 60_000, endMs));
    times.sort((a, b) => a - b);
    if (plan.closedMs !== null && count > 1) times[count - 1] = plan.closedMs;
    const extra = { sprache: plan.languages[0] ?? 'Englisch' };
    times.forEach((ms, index) => {
      const last = index === count - 1;
      const topic = random.chance(0.7) ? plan.topics[0] : random.pick(plan.topics);
      const texts = TOPIC_TEXTS[topic ?? 'other'];
      let text: string;
      if (index === 0) text = fillFrom(random, texts.intake, extra);
      else if (last && plan.closedMs !== null) text = fillFrom(random, CLOSING_NOTES, extra);
      else text = fillFrom(random, texts.progress, extra);
      if (random.chance(0.45)) {
        const addition = fillFrom(random, NOTE_ADDITIONS, extra);
        // Only mention the interpreter where the case needs one.
        if (plan.interpreterNeeded || !addition.startsWith('Dolmetschung')) text = [text, addition].join(' ');
      }
      const authorId = random.chance(0.8) ? (plan.responsibleIds[0] ?? null) : random.pick(writers);
      const content: CaseNoteContent = { caseId: plan.id, date: dayOf(ms), authorId, text, revisions: [] };
      // Now and then the author corrects a note later; the earlier wording stays in the revisions.
      const corrected = random.chance(0.02) ? Math.min(ms + random.int(1, 5) * DAY_MS, ctx.nowMs - 60_000) : null;
      if (corrected !== null && corrected > ms) {
        content.revisions = [{ text: text.split('. ')[0] ?? text, replacedAt: isoTime(corrected) }];
        notes.push(demoRecord(ctx.clock, demoUuid(random, ms), content, ms, [{ ms: corrected, fields: ['text', 'revisions'] }]));
      } else notes.push(demoRecord(ctx.clock, demoUuid(random, ms), content, ms));
    });
  }
  return notes;
}
