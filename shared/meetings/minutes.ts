import { numberAgenda, type AgendaNode } from '../agenda/numbering';
import type { AgendaItemResult } from '../model/agendaItem';
import type { Presence } from '../model/meeting';

/**
 * The Protokoll, generated from what was recorded in the meeting: attendance,
 * guests, and per item its outcome, its result and the follow-ups created for it.
 * The text is Markdown; the minute-taker edits it before finalising. Every item
 * gets its own "## TOP n" section and nothing typed into an outcome can open a
 * section of its own, so outcomes and follow-ups never slide under another item.
 */

export interface MinutesFollowUp {
  readonly title: string;
  readonly owner: string;
  /** The due date as it should be printed, or '' when there is none. */
  readonly due: string;
}

export interface MinutesItem extends AgendaNode {
  readonly title: string;
  readonly isPublic: boolean;
  readonly caseCodes: readonly string[];
  readonly presenter: string;
  readonly guest: string;
  readonly interpreterLanguage: string | null;
  readonly plannedMinutes: number;
  readonly elapsedSeconds: number;
  readonly outcome: string;
  readonly result: AgendaItemResult;
  readonly followUps: readonly MinutesFollowUp[];
}

export interface MinutesAttendee {
  readonly name: string;
  readonly presence: Presence | null;
  readonly arrivedAt: string | null;
  readonly leftAt: string | null;
}

export interface MinutesGuest {
  readonly name: string;
  readonly agendaItemId: string | null;
  readonly presence: Presence | null;
}

export interface MinutesInput {
  /** The meeting's date as it should be printed. */
  readonly dateText: string;
  readonly startTime: string;
  readonly place: string;
  readonly moderator: string;
  readonly minuteTaker: string;
  readonly attendees: readonly MinutesAttendee[];
  readonly guests: readonly MinutesGuest[];
  readonly items: readonly MinutesItem[];
}

export interface MinutesOptions {
  readonly showDurations: boolean;
  readonly showPresenters: boolean;
}

export interface MinutesLabels {
  readonly title: string;
  readonly place: string;
  readonly start: string;
  readonly moderation: string;
  readonly minuteTaker: string;
  readonly attendance: string;
  readonly presence: Readonly<Record<Presence, string>>;
  readonly notRecorded: string;
  readonly arrived: string;
  readonly left: string;
  readonly guests: string;
  readonly item: string;
  readonly nonPublic: string;
  readonly cases: string;
  readonly presenter: string;
  readonly guest: string;
  readonly interpreter: string;
  readonly planned: string;
  readonly actual: string;
  readonly minutes: string;
  readonly outcome: string;
  readonly noOutcome: string;
  readonly result: string;
  readonly results: Readonly<Record<AgendaItemResult, string>>;
  readonly newFollowUps: string;
  readonly due: string;
}

/** Keeps a line of typed text from becoming a heading (and so a section of its own). */
function escapeLine(line: string): string {
  return /^\s*#/.test(line) ? line.replace('#', '\\#') : line;
}

function oneLine(text: string): string {
  return escapeLine(text.replace(/\s*\n\s*/g, ' ').trim());
}

function attendeeText(a: MinutesAttendee, labels: MinutesLabels): string {
  const times = [a.arrivedAt ? `${labels.arrived} ${a.arrivedAt}` : '', a.leftAt ? `${labels.left} ${a.leftAt}` : ''].filter(Boolean).join(', ');
  return times ? `${oneLine(a.name)} (${times})` : oneLine(a.name);
}

function attendanceSection(input: MinutesInput, numbers: ReadonlyMap<string, string>, labels: MinutesLabels): string[] {
  const lines = [`## ${labels.attendance}`, ''];
  const groups: [string, MinutesAttendee[]][] = [
    [labels.presence.present, input.attendees.filter((a) => a.presence === 'present')],
    [labels.presence.excused, input.attendees.filter((a) => a.presence === 'excused')],
    [labels.presence.absent, input.attendees.filter((a) => a.presence === 'absent')],
    [labels.notRecorded, input.attendees.filter((a) => a.presence === null)],
  ];
  for (const [label, people] of groups) {
    if (people.length > 0) lines.push(`- **${label}:** ${people.map((a) => attendeeText(a, labels)).join('; ')}`);
  }
  if (input.guests.length > 0) {
    lines.push('', `### ${labels.guests}`, '');
    for (const guest of input.guests) {
      const number = guest.agendaItemId === null ? undefined : numbers.get(guest.agendaItemId);
      const item = number ? ` (${labels.item} ${number})` : '';
      const presence = guest.presence ? ` – ${labels.presence[guest.presence]}` : '';
      lines.push(`- ${oneLine(guest.name)}${item}${presence}`);
    }
  }
  return lines;
}

function itemSection(item: MinutesItem, number: string, options: MinutesOptions, labels: MinutesLabels): string[] {
  const lines = [`## ${labels.item} ${number}: ${oneLine(item.title)}`, ''];
  const facts: string[] = [];
  if (!item.isPublic) facts.push(`*${labels.nonPublic}*`);
  if (item.caseCodes.length > 0) facts.push(`${labels.cases}: ${item.caseCodes.join(', ')}`);
  if (options.showPresenters && item.presenter) facts.push(`${labels.presenter}: ${oneLine(item.presenter)}`);
  if (item.guest) facts.push(`${labels.guest}: ${oneLine(item.guest)}`);
  if (item.interpreterLanguage) facts.push(`${labels.interpreter}: ${oneLine(item.interpreterLanguage)}`);
  if (options.showDurations) {
    const actual = item.elapsedSeconds > 0 ? `, ${labels.actual} ${Math.max(1, Math.round(item.elapsedSeconds / 60))} ${labels.minutes}` : '';
    facts.push(`${labels.planned} ${item.plannedMinutes} ${labels.minutes}${actual}`);
  }
  if (facts.length > 0) lines.push(facts.join(' · '), '');
  const outcome = item.outcome.trim();
  lines.push(`**${labels.outcome}:**`, '');
  lines.push(...(outcome ? outcome.split('\n').map(escapeLine) : [`*${labels.noOutcome}*`]), '');
  lines.push(`**${labels.result}:** ${labels.results[item.result]}`);
  if (item.followUps.length > 0) {
    lines.push('', `**${labels.newFollowUps}:**`, '');
    for (const f of item.followUps) {
      const who = [f.owner ? oneLine(f.owner) : '', f.due ? `${labels.due} ${f.due}` : ''].filter(Boolean).join(', ');
      lines.push(`- ${oneLine(f.title)}${who ? ` – ${who}` : ''}`);
    }
  }
  return lines;
}

/** The Protokoll as Markdown, from the recorded meeting. */
export function buildMinutes(input: MinutesInput, options: MinutesOptions, labels: MinutesLabels): string {
  const numbered = numberAgenda(input.items);
  const numbers = new Map(numbered.map((n) => [n.item.id, n.number]));
  const header = [
    `# ${labels.title} ${input.dateText}`,
    '',
    [
      `${labels.start}: ${input.startTime}`,
      input.place ? `${labels.place}: ${oneLine(input.place)}` : '',
      input.moderator ? `${labels.moderation}: ${oneLine(input.moderator)}` : '',
      input.minuteTaker ? `${labels.minuteTaker}: ${oneLine(input.minuteTaker)}` : '',
    ]
      .filter(Boolean)
      .join(' · '),
    '',
  ];
  const sections = numbered.map(({ item, number }) => itemSection(item, number, options, labels).join('\n'));
  return [...header, ...attendanceSection(input, numbers, labels), '', sections.join('\n\n'), ''].join('\n');
}
