import { computeTimePlan, type TimedNode } from '../agenda/timePlan';

/**
 * The check after "Tagesordnung vorbereiten": does the plan fit the meeting, which
 * interpreter languages must be booked, which guests must still be invited.
 */

export interface CheckedItem extends TimedNode {
  readonly title: string;
  readonly interpreterLanguage: string | null;
  readonly affectedPersonSpeaks: boolean;
  readonly guest: string;
}

export interface CheckedGuest {
  readonly id: string;
  readonly organisation: string;
  readonly role: string;
  readonly agendaItemId: string | null;
  readonly invited: boolean;
}

export interface AgendaCheck {
  readonly totalMinutes: number;
  readonly overrunMinutes: number;
  readonly end: string;
  /** Each language once (spelling as first written), with the items that need it. */
  readonly interpreterLanguages: readonly { readonly language: string; readonly itemNumbers: readonly string[] }[];
  /** Guests not yet marked invited, and item guests nobody has put on the guest list. */
  readonly guestsToInvite: readonly { readonly name: string; readonly itemNumber: string | null }[];
  /** Items where the affected person speaks but no interpreter language is set: worth a second look. */
  readonly speakersWithoutInterpreter: readonly string[];
}

/** Checks an agenda against its meeting's start and length and its guest list. */
export function checkAgenda(items: readonly CheckedItem[], meetingStart: string, meetingMinutes: number, guests: readonly CheckedGuest[]): AgendaCheck {
  const plan = computeTimePlan(items, meetingStart, meetingMinutes);
  const numberOf = new Map(plan.items.map((row) => [row.item.id, row.number]));
  const languages = new Map<string, { language: string; itemNumbers: string[] }>();
  const speakers: string[] = [];
  for (const { item, number } of plan.items) {
    const language = item.interpreterLanguage?.trim() ?? '';
    if (language !== '') {
      const key = language.toLocaleLowerCase('de');
      const entry = languages.get(key) ?? { language, itemNumbers: [] };
      entry.itemNumbers.push(number);
      languages.set(key, entry);
    } else if (item.affectedPersonSpeaks) speakers.push(number);
  }
  const listed = new Set(guests.map((g) => g.agendaItemId).filter((id): id is string => id !== null));
  const guestsToInvite = [
    ...guests
      .filter((g) => !g.invited)
      .map((g) => ({ name: [g.organisation, g.role].filter(Boolean).join(', '), itemNumber: g.agendaItemId === null ? null : (numberOf.get(g.agendaItemId) ?? null) })),
    ...plan.items
      .filter(({ item }) => item.guest.trim() !== '' && !listed.has(item.id))
      .map(({ item, number }) => ({ name: item.guest.trim(), itemNumber: number })),
  ];
  return {
    totalMinutes: plan.totalMinutes,
    overrunMinutes: plan.overrunMinutes,
    end: plan.end,
    interpreterLanguages: [...languages.values()].sort((a, b) => a.language.localeCompare(b.language, 'de')),
    guestsToInvite,
    speakersWithoutInterpreter: speakers,
  };
}
