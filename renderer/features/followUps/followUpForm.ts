import type { FollowUpDraft, FollowUpEdit } from '../../db/repositories/followUps';
import type { ValidationKey } from '../../i18n/errors';

/** What the follow-up form edits; '' stands for "no due date". */
export interface FollowUpFormValues {
  title: string;
  details: string;
  caseId: string | null;
  agendaItemId: string | null;
  ownerId: string | null;
  dueOn: string;
  waitingOnThirdParty: boolean;
  /** Why the due date moved (only asked when editing and the date changed). */
  dueReason: string;
}

export type FollowUpFormErrors = Partial<Record<'title' | 'details' | 'dueOn', ValidationKey>>;

const TITLE_MAX = 200;
const DETAILS_MAX = 20000;

/** The starting values of the form from a follow-up's content. */
export function formValuesOf(content: FollowUpDraft): FollowUpFormValues {
  return {
    title: content.title,
    details: content.details,
    caseId: content.caseId,
    agendaItemId: content.agendaItemId,
    ownerId: content.ownerId,
    dueOn: content.dueOn ?? '',
    waitingOnThirdParty: content.waitingOnThirdParty,
    dueReason: '',
  };
}

/** Checks the form; one message key per invalid field, or none. */
export function checkFollowUpForm(values: FollowUpFormValues): FollowUpFormErrors {
  const errors: FollowUpFormErrors = {};
  if (values.title.trim() === '') errors.title = 'validation.required';
  else if (values.title.trim().length > TITLE_MAX) errors.title = 'validation.tooLong';
  if (values.details.length > DETAILS_MAX) errors.details = 'validation.tooLong';
  if (values.dueOn !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(values.dueOn)) errors.dueOn = 'validation.date';
  return errors;
}

/** A new follow-up (status offen) from the form. */
export function draftOf(values: FollowUpFormValues): FollowUpDraft {
  return {
    title: values.title.trim(),
    details: values.details,
    caseId: values.caseId,
    agendaItemId: values.agendaItemId,
    ownerId: values.ownerId,
    dueOn: values.dueOn === '' ? null : values.dueOn,
    status: 'open',
    waitingOnThirdParty: values.waitingOnThirdParty,
    blockedReason: '',
    blockedCategory: null,
    completionNote: '',
  };
}

/** The edit of an existing follow-up from the form. */
export function editOf(values: FollowUpFormValues): FollowUpEdit {
  const { title, details, caseId, agendaItemId, ownerId, waitingOnThirdParty } = draftOf(values);
  return { title, details, caseId, agendaItemId, ownerId, dueOn: values.dueOn === '' ? null : values.dueOn, waitingOnThirdParty };
}
