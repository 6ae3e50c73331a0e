import type { TFunction } from 'i18next';
import { agendaRowsToMarkdown, buildAgendaDocument, type AgendaDocLabels, type AgendaDocRow, type DocAgendaItem } from '../../../shared/agenda/documents';
import { buildMinutes, type MinutesLabels } from '../../../shared/meetings/minutes';
import type { Meeting } from '../../../shared/model/meeting';
import { currentLocale } from '../../i18n';
import { formatDay } from '../../i18n/format';
import { caseCodesOf, type MeetingData } from './useMeetingData';

/** What the print dialog lets the user choose. */
export interface PrintChoice {
  readonly document: 'public' | 'internal' | 'minutes';
  readonly showTimes: boolean;
  readonly showPresenters: boolean;
  readonly showModerationNotes: boolean;
}

export const DEFAULT_PRINT_CHOICE: PrintChoice = { document: 'public', showTimes: true, showPresenters: true, showModerationNotes: false };

const longDates = new Map<string, Intl.DateTimeFormat>();

/** A meeting day written out in full ("Dienstag, 14. April 2026"). */
export function formatLongDay(isoDay: string, locale: string = currentLocale()): string {
  let format = longDates.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' });
    longDates.set(locale, format);
  }
  const date = new Date(`${isoDay}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDay : format.format(date);
}

/** The labels of the Einladung in the UI language. */
export function agendaDocLabels(t: TFunction): AgendaDocLabels {
  return {
    nonPublicPart: t('meetingDocs.nonPublicPart'),
    presenter: t('meetingDocs.presenter'),
    guest: t('meetingDocs.guest'),
    interpreter: t('meetingDocs.interpreter'),
    minutes: t('meetingDocs.minutesShort'),
  };
}

/** The agenda items as the document builder needs them: names and case codes instead of ids. */
export function docItemsOf(data: MeetingData): DocAgendaItem[] {
  return data.items.map((item) => ({
    id: item.id,
    parentId: item.parentId,
    position: item.position,
    plannedMinutes: item.plannedMinutes,
    title: item.title,
    isPublic: item.isPublic,
    caseCodes: caseCodesOf(item, data.cases),
    presenter: item.presenterId ? (data.names.get(item.presenterId) ?? '') : '',
    guest: item.guest,
    interpreterLanguage: item.interpreterLanguage,
    moderationNotes: item.moderationNotes,
  }));
}

/** The rows of the Einladung in the chosen variant. */
export function invitationRows(data: MeetingData, choice: PrintChoice, t: TFunction): AgendaDocRow[] {
  const variant = choice.document === 'internal' ? 'internal' : 'public';
  return buildAgendaDocument(docItemsOf(data), data.meeting.startTime, data.meeting.plannedMinutes, { variant, ...choice, showModerationNotes: variant === 'internal' && choice.showModerationNotes }, agendaDocLabels(t));
}

/** The heading and facts of the Einladung. */
export function invitationHeader(meeting: Meeting, variant: 'public' | 'internal', t: TFunction): { title: string; facts: string[] } {
  return {
    title: t(variant === 'public' ? 'meetingDocs.invitationTitlePublic' : 'meetingDocs.invitationTitleInternal'),
    facts: [
      t('meetingDocs.when', { date: formatLongDay(meeting.date), time: meeting.startTime }),
      meeting.place ? t('meetingDocs.where', { place: meeting.place }) : '',
    ].filter(Boolean),
  };
}

/** The Einladung as Markdown / plain text, for pasting into an e-mail. */
export function invitationMarkdown(data: MeetingData, choice: PrintChoice, t: TFunction): string {
  const variant = choice.document === 'internal' ? 'internal' : 'public';
  const header = invitationHeader(data.meeting, variant, t);
  const rows = agendaRowsToMarkdown(invitationRows(data, choice, t), agendaDocLabels(t));
  return [`# ${header.title}`, '', ...header.facts, '', `## ${t('meetingDocs.agenda')}`, '', rows, ''].join('\n');
}

function minutesLabels(t: TFunction): MinutesLabels {
  return {
    title: t('meetingDocs.minutesTitle'),
    place: t('meetingDocs.place'),
    start: t('meetingDocs.start'),
    moderation: t('meetingDocs.moderation'),
    minuteTaker: t('meetingDocs.minuteTaker'),
    attendance: t('meetingDocs.attendance'),
    presence: { present: t('meetingDocs.present'), excused: t('meetingDocs.excused'), absent: t('meetingDocs.absent') },
    notRecorded: t('meetingDocs.notRecorded'),
    arrived: t('meetingDocs.arrived'),
    left: t('meetingDocs.left'),
    guests: t('meetingDocs.guests'),
    item: t('meetingDocs.item'),
    nonPublic: t('meetingDocs.nonPublic'),
    cases: t('meetingDocs.cases'),
    presenter: t('meetingDocs.presenter'),
    guest: t('meetingDocs.guest'),
    interpreter: t('meetingDocs.interpreter'),
    planned: t('meetingDocs.planned'),
    actual: t('meetingDocs.actual'),
    minutes: t('meetingDocs.minutesShort'),
    outcome: t('meetingDocs.outcome'),
    noOutcome: t('meetingDocs.noOutcome'),
    result: t('meetingDocs.result'),
    results: { open: t('agendaResult.open'), done: t('agendaResult.done'), adjourned: t('agendaResult.adjourned') },
    newFollowUps: t('meetingDocs.newFollowUps'),
    due: t('meetingDocs.due'),
  };
}

/** Generates the Protokoll text from what was recorded in the meeting. */
export function generateMinutes(data: MeetingData, choice: Pick<PrintChoice, 'showTimes' | 'showPresenters'>, t: TFunction): string {
  const { meeting, names } = data;
  const name = (id: string | null) => (id ? (names.get(id) ?? '') : '');
  const recorded = new Map(meeting.attendance.map((a) => [a.memberId, a]));
  // Every active member is listed; those without a record show as "nicht erfasst", so nobody is silently left out.
  const memberIds = [...data.members.filter((m) => m.active).map((m) => m.id), ...meeting.attendance.map((a) => a.memberId)];
  const attendees = [...new Set(memberIds)].map((id) => {
    const entry = recorded.get(id);
    return { name: names.get(id) ?? '?', presence: entry?.presence ?? null, arrivedAt: entry?.arrivedAt ?? null, leftAt: entry?.leftAt ?? null };
  });
  return buildMinutes(
    {
      dateText: formatLongDay(meeting.date),
      startTime: meeting.startTime,
      place: meeting.place,
      moderator: name(meeting.moderatorId),
      minuteTaker: name(meeting.minuteTakerId),
      attendees,
      guests: meeting.guests.map((g) => ({ name: [g.organisation, g.role].filter(Boolean).join(', '), agendaItemId: g.agendaItemId, presence: g.presence })),
      items: data.items.map((item) => ({
        id: item.id,
        parentId: item.parentId,
        position: item.position,
        title: item.title,
        isPublic: item.isPublic,
        caseCodes: caseCodesOf(item, data.cases),
        presenter: name(item.presenterId),
        guest: item.guest,
        interpreterLanguage: item.interpreterLanguage,
        plannedMinutes: item.plannedMinutes,
        elapsedSeconds: item.elapsedSeconds,
        outcome: item.outcome,
        result: item.result,
        followUps: (data.followUps.get(item.id) ?? []).map((f) => ({ title: f.title, owner: name(f.ownerId), due: f.dueOn ? formatDay(f.dueOn) : '' })),
      })),
    },
    { showDurations: choice.showTimes, showPresenters: choice.showPresenters },
    minutesLabels(t),
  );
}

/**
 * The Protokoll as it is printed: the minute-taker's text (or, before there is
 * one, the generated draft), then the approval and every amendment after it.
 */
export function minutesDocument(data: MeetingData, choice: PrintChoice, t: TFunction): string {
  const { meeting, names } = data;
  const text = meeting.minutes.trim() !== '' ? meeting.minutes : generateMinutes(data, choice, t);
  const tail: string[] = [];
  if (meeting.minutesApprovedAt) tail.push('', `*${t('meetingDocs.approvedOn', { date: formatDay(meeting.minutesApprovedAt.slice(0, 10)) })}*`);
  else if (meeting.minutesFinalisedAt === null) tail.push('', `*${t('meetingDocs.draft')}*`);
  if (meeting.amendments.length > 0) {
    tail.push('', `## ${t('meetingDocs.amendments')}`, '');
    for (const a of meeting.amendments) {
      const who = a.memberId ? ` (${names.get(a.memberId) ?? '?'})` : '';
      tail.push(`- ${formatDay(a.at.slice(0, 10))}${who}: ${a.text.replace(/\s*\n\s*/g, ' ')}`);
    }
  }
  return `${text.trimEnd()}\n${tail.join('\n')}\n`;
}
