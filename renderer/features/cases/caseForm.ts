import { caseContentSchema, type CaseContent } from '../../../shared/model/case';
import { isValidationKey, type ValidationKey } from '../../i18n/errors';

/** The fields the case form edits in the foundation; the others keep their values. */
export const CASE_FORM_FIELDS = ['code', 'title', 'topics', 'status', 'urgency', 'openedOn', 'summary'] as const;
export type CaseFormField = (typeof CASE_FORM_FIELDS)[number];
export type CaseFormValues = Pick<CaseContent, CaseFormField>;
export type CaseFormErrors = Partial<Record<CaseFormField, ValidationKey>>;

export type CaseFormCheck =
  | { readonly ok: true; readonly content: CaseContent; readonly patch: Partial<CaseContent> }
  | { readonly ok: false; readonly errors: CaseFormErrors };

/** True when a field name is one the form shows. */
export function isCaseFormField(field: string): field is CaseFormField {
  return (CASE_FORM_FIELDS as readonly string[]).includes(field);
}

/** The form's starting values, taken from a case's content. */
export function formValuesOf(content: CaseContent): CaseFormValues {
  const { code, title, topics, status, urgency, openedOn, summary } = content;
  return { code, title, topics: [...topics], status, urgency, openedOn, summary };
}

/**
 * Checks the form against the case schema, on top of the case's other content.
 * Gives the clean content and the patch of the form's fields, or one message key
 * per invalid field (the first the schema reports). Errors come back empty only
 * when a field outside the form is invalid, which a stored case never is.
 */
export function checkCaseForm(base: CaseContent, values: CaseFormValues): CaseFormCheck {
  const parsed = caseContentSchema.safeParse({ ...base, ...values });
  if (parsed.success) {
    const patch: Partial<CaseContent> = {};
    for (const field of CASE_FORM_FIELDS) Object.assign(patch, { [field]: parsed.data[field] });
    return { ok: true, content: parsed.data, patch };
  }
  const errors: CaseFormErrors = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? '');
    // Only the form's fields can be wrong here: the others come from a stored, valid case.
    if (!isCaseFormField(field) || errors[field]) continue;
    errors[field] = isValidationKey(issue.message) ? issue.message : 'validation.invalid';
  }
  return { ok: false, errors };
}
