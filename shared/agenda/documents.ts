import { computeTimePlan, type TimedNode } from './timePlan';

/**
 * The Einladung (agenda) as a document, in two variants. The public one shows a
 * non-public item only as "Nichtöffentlicher Teil": no title, case code, presenter,
 * guest, interpreter language or note of it ever reaches the public text.
 */

export interface DocAgendaItem extends TimedNode {
  readonly title: string;
  readonly isPublic: boolean;
  readonly caseCodes: readonly string[];
  readonly presenter: string;
  readonly guest: string;
  readonly interpreterLanguage: string | null;
  readonly moderationNotes: string;
}

export interface AgendaDocOptions {
  readonly variant: 'public' | 'internal';
  readonly showTimes: boolean;
  readonly showPresenters: boolean;
  readonly showModerationNotes: boolean;
}

export interface AgendaDocLabels {
  readonly nonPublicPart: string;
  readonly presenter: string;
  readonly guest: string;
  readonly interpreter: string;
  readonly minutes: string;
}

export type AgendaDocRow =
  | {
      readonly kind: 'item';
      readonly number: string;
      readonly depth: number;
      readonly title: string;
      readonly start: string | null;
      readonly minutes: number | null;
      readonly details: readonly string[];
    }
  | { readonly kind: 'non-public' };

/** The rows of the agenda document for a variant; contiguous non-public items collapse into one row. */
export function buildAgendaDocument(
  items: readonly DocAgendaItem[],
  meetingStart: string,
  meetingMinutes: number,
  options: AgendaDocOptions,
  labels: AgendaDocLabels,
): AgendaDocRow[] {
  const rows: AgendaDocRow[] = [];
  const plan = computeTimePlan(items, meetingStart, meetingMinutes);
  const hidden = new Set<string>();
  for (const { item, number, depth, start } of plan.items) {
    // A sub-item of a non-public item is non-public too, whatever its own flag says.
    const parentHidden = item.parentId !== null && hidden.has(item.parentId);
    if (options.variant === 'public' && (!item.isPublic || parentHidden)) {
      hidden.add(item.id);
      if (rows.at(-1)?.kind !== 'non-public') rows.push({ kind: 'non-public' });
      continue;
    }
    const details: string[] = [];
    if (options.variant === 'internal' && item.caseCodes.length > 0) details.push(item.caseCodes.join(', '));
    if (options.showPresenters && item.presenter) details.push(`${labels.presenter}: ${item.presenter}`);
    if (item.guest) details.push(`${labels.guest}: ${item.guest}`);
    if (item.interpreterLanguage) details.push(`${labels.interpreter}: ${item.interpreterLanguage}`);
    if (options.variant === 'internal' && options.showModerationNotes && item.moderationNotes) details.push(item.moderationNotes);
    rows.push({
      kind: 'item',
      number,
      depth,
      title: item.title,
      start: options.showTimes ? start : null,
      minutes: options.showTimes ? item.plannedMinutes : null,
      details,
    });
  }
  return rows;
}

/** Plain text / Markdown of the agenda rows, for pasting into an e-mail. */
export function agendaRowsToMarkdown(rows: readonly AgendaDocRow[], labels: AgendaDocLabels): string {
  return rows
    .map((row) => {
      if (row.kind === 'non-public') return `- *${labels.nonPublicPart}*`;
      const indent = '  '.repeat(row.depth);
      const time = row.start ? ` (${row.start}, ${row.minutes} ${labels.minutes})` : '';
      const details = row.details.map((d) => `\n${indent}  - ${d}`).join('');
      return `${indent}- **TOP ${row.number}** ${row.title}${time}${details}`;
    })
    .join('\n');
}
