import { useTranslation } from 'react-i18next';
import { MEMBER_ROLES, type MemberRole } from '../../../shared/model/member';
import { SelectField } from '../../components/SelectField';
import { TextInputField } from '../../components/TextInputField';

/** What the member fields edit. */
export interface MemberFieldValues {
  name: string;
  organisation: string;
  role: MemberRole;
}

export interface MemberFieldsProps {
  values: MemberFieldValues;
  onChange(values: MemberFieldValues): void;
  nameError: string | null;
  autoFocusName?: boolean;
}

/** Name or initials, organisation and role: shared by Einstellungen → Mitglieder and the first start. */
export function MemberFields({ values, onChange, nameError, autoFocusName = false }: MemberFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextInputField
        label={t('members.fields.name')}
        description={t('members.fields.nameHint')}
        value={values.name}
        onChange={(name) => onChange({ ...values, name })}
        errorMessage={nameError}
        isRequired
        maxLength={80}
        autoFocus={autoFocusName}
      />
      <div className="form-row">
        <TextInputField
          label={t('members.fields.organisation')}
          description={t('members.fields.organisationHint')}
          value={values.organisation}
          onChange={(organisation) => onChange({ ...values, organisation })}
          maxLength={120}
        />
        <SelectField
          label={t('members.fields.role')}
          options={MEMBER_ROLES.map((id) => ({ id, label: t(`members.role.${id}`) }))}
          value={values.role}
          onChange={(role) => onChange({ ...values, role })}
        />
      </div>
    </>
  );
}

/** The message for a name, or null when it is fine. */
export function nameProblem(name: string): 'validation.required' | 'validation.tooLong' | null {
  if (name.trim() === '') return 'validation.required';
  if (name.trim().length > 80) return 'validation.tooLong';
  return null;
}
