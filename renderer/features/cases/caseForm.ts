import { canonicalEqual } from '../../../shared/merge/canonical';
import { caseContentSchema, type CaseContent } from '../../../shared/model/case';
import { isValidationKey, type ValidationKey } from '../../i18n/errors';

/**
 * The case form's values and their check. Dates are '' when empty and languages
 * are typed as one comma-separated line; the check turns them into the schema's shape.
 */
export const CASE_FORM_FIELDS = [
  'code',
  'title',
  'topics',
  'status',
  'urgency',
  'responsibleIds',
  'openedOn',
  'closedOn',
  'closingReason',
  'resubmissionOn',
  'markedForNextMeeting',
  'ageBand',
  'householdSize',
  'regionOfOrigin',
  'residenceStatus',
  'languages',
  'interpreterNeeded',
  'concernIds',
  'summary',
] as const satisfies readonly (keyof CaseContent)[];
export type CaseFormField = (typeof CASE_FORM_FIELDS)[number];

export type CaseFormValues = Omit<Pick<CaseContent, CaseFormField>, 'closedOn' | 'resubmissionOn' | 'languages'> & {
  readonly closedOn: string;
  readonly resubmissionOn: string;
  readonly languages: string;
};
export type CaseFormErrors = Partial<Record<CaseFormField, ValidationKey>>;

export type CaseFormCheck =
  | { readonly ok: true; readonly content: CaseContent; readonly patch: Partial<CaseContent> }
  | { readonly ok: false; readonly errors: CaseFormErrors };

/** True when a field name is one the form shows. */
export function isCaseFormField(field: string): field is CaseFormField {
  return (CASE_FORM_FIELDS as readonly string[]).includes(field);
}

/** Splits "Arabisch, Französisch" into its languages, dropping blanks and repeats. */
export function parseLanguages(text: string): string[] {
  const languages: string[] = [];
  const seen = new Set<string>();
  for (const part of text.split(/[,;\n]/)) {
    const language = part.trim();
    if (language === '' || seen.has(language.toLowerCase())) continue;
    seen.add(language.toLowerCase());
    languages.push(language);
  }
  return languages;
}

/** The form's starting values, taken from a case's content. */
export function formValuesOf(content: CaseContent): CaseFormValues {
  return {
    code: content.code,
    title: content.title,
    topics: [...content.topics],
    status: content.status,
    urgency: content.urgency,
    responsibleIds: [...content.responsibleIds],
    openedOn: content.openedOn,
    closedOn: content.closedOn ?? '',
    closingReason: content.closingReason,
    resubmissionOn: content.resubmissionOn ?? '',
    markedForNextMeeting: content.markedForNextMeeting,
    ageBand: content.ageBand,
    householdSize: content.householdSize,
    regionOfOrigin: content.regionOfOrigin,
    residenceStatus: content.residenceStatus,
    languages: content.languages.join(', '),
    interpreterNeeded: content.interpreterNeeded,
    concernIds: [...content.concernIds],
    summary: content.summary,
  };
}

function contentValuesOf(values: CaseFormValues): Pick<CaseContent, CaseFormField> {
  return {
    ...values,
    closedOn: values.closedOn === '' ? null : values.closedOn,
    resubmissionOn: values.resubmissionOn === '' ? null : values.resubmissionOn,
    languages: parseLanguages(values.languages),
  };
}

/** A closed case needs a closing day and a reason; the schema alone cannot say so. */
function closingErrors(content: Pick<CaseContent, 'status' | 'closedOn' | 'closingReason'>): CaseFormErrors {
  if (content.status !== 'closed') return {};
  const errors: CaseFormErrors = {};
  if (content.closedOn === null) errors.closedOn = 'validation.required';
  if (content.closingReason.trim() === '') errors.closingReason = 'validation.required';
  return errors;
}

/**
 * Checks the form against the case schema, on top of the case's other content.
 * Gives the clean content and the patch of the form's fields, or one message key
 * per invalid field (the first the schema reports). Errors come back empty only
 * when a field outside the form is invalid, which a stored case never is.
 */
export function checkCaseForm(base: CaseContent, values: CaseFormValues): CaseFormCheck {
  const candidate = { ...base, ...contentValuesOf(values) };
  const parsed = caseContentSchema.safeParse(candidate);
  const errors: CaseFormErrors = closingErrors(candidate);
  if (parsed.success && Object.keys(errors).length === 0) {
    const patch: Partial<CaseContent> = {};
    for (const field of CASE_FORM_FIELDS) Object.assign(patch, { [field]: parsed.data[field] });
    return { ok: true, content: parsed.data, patch };
  }
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const field = String(issue.path[0] ?? '');
    // Only the form's fields can be wrong here: the others come from a stored, valid case.
    if (!isCaseFormField(field) || errors[field]) continue;
    errors[field] = isValidationKey(issue.message) ? issue.message : 'validation.invalid';
  }
  return { ok: false, errors };
}

/** The part of a patch whose values differ from what the form started from (the user's real changes). */
export function changedFields(patch: Partial<CaseContent>, baseline: CaseContent): Partial<CaseContent> {
  const changed: Partial<CaseContent> = {};
  for (const [field, value] of Object.entries(patch) as [keyof CaseContent, unknown][]) {
    if (!canonicalEqual(value, baseline[field])) Object.assign(changed, { [field]: value });
  }
  return changed;
}
