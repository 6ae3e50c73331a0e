import { erasedAgendaItemContent } from '../../shared/model/agendaItem';
import { erasedCaseContent } from '../../shared/model/case';
import { erasedCaseNoteContent } from '../../shared/model/caseNote';
import type { ConcernContent } from '../../shared/model/concern';
import type { EntityName } from '../../shared/model/entities';
import { erasedFollowUpContent } from '../../shared/model/followUp';
import { erasedHistoryEntryContent } from '../../shared/model/historyEntry';
import { erasedMeetingContent } from '../../shared/model/meeting';
import type { MemberContent } from '../../shared/model/member';
import { fieldOf, type AnyRecord } from './tables';

/**
 * The blank content an erasure leaves behind, per entity, for settling a disputed
 * erasure in "Konflikte" with "löschen". Links a tombstone needs to be found again
 * (the case of a note) stay; every word of content goes. The model supplies the
 * blanks where it has them; members and concerns have theirs here until it does.
 */

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function blankMember(): MemberContent {
  return { name: '-', organisation: '', role: 'member', active: false, recipient: null, signingKey: null };
}

function blankConcern(): ConcernContent {
  return {
    title: '-',
    description: '',
    publicStatement: '',
    statementApprovedAt: null,
    status: 'collected',
    addressees: [],
    raisedOn: null,
    answeredOn: null,
    answer: '',
    caseIds: [],
  };
}

/** The blank content of an erased record of the given entity. */
export function blankContentOf(entity: EntityName, record: AnyRecord): object {
  switch (entity) {
    case 'cases':
      return erasedCaseContent();
    case 'caseNotes':
      return erasedCaseNoteContent(text(fieldOf(record, 'caseId')) ?? '');
    case 'followUps':
      return erasedFollowUpContent(text(fieldOf(record, 'caseId')));
    case 'history':
      return erasedHistoryEntryContent(text(fieldOf(record, 'entityId')) ?? '', text(fieldOf(record, 'caseId')));
    case 'meetings':
      return erasedMeetingContent();
    case 'agendaItems':
      return erasedAgendaItemContent(text(fieldOf(record, 'meetingId')) ?? '');
    case 'members':
      return blankMember();
    case 'concerns':
      return blankConcern();
  }
}
