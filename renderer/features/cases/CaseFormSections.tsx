import { useLiveQuery } from 'dexie-react-hooks';
import { memo, useCallback, type ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { AGE_BANDS, REGIONS_OF_ORIGIN, RESIDENCE_STATUSES } from '../../../shared/model/case';
import { DayField } from '../../components/DayField';
import { TextInputField } from '../../components/TextInputField';
import { listConcernChoices, listMemberChoices } from '../../db/queries/cases';
import type { CaseFormValues } from './caseForm';
import { CheckboxField } from './CheckboxField';
import { ConcernsField, HouseholdSizeField, OptionalSelectField, ResponsibleField } from './CaseFormFields';

/**
 * The case page's secondary sections. They are memoised and get only their own
 * values and a stable `change`, so typing a title or summary does not re-render them.
 */

export type ChangeField = <K extends keyof CaseFormValues>(field: K, value: CaseFormValues[K]) => void;

/** A titled group of fields (a fieldset with its legend). */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="form-section">
      <legend className="form-section-title">{title}</legend>
      {children}
    </fieldset>
  );
}

type PlanningValues = Pick<CaseFormValues, 'responsibleIds' | 'resubmissionOn' | 'markedForNextMeeting' | 'concernIds'>;

/** Responsible members, Wiedervorlage, "für nächste Sitzung vormerken", linked Anliegen. */
export const PlanningSection = memo(function PlanningSection(
  props: PlanningValues & { resubmissionError: string | null; change: ChangeField },
) {
  const { t } = useTranslation();
  const { responsibleIds, resubmissionOn, markedForNextMeeting, concernIds, resubmissionError, change } = props;
  // Read as one, so the two lists of checkboxes are drawn together, once.
  const choices = useLiveQuery(async () => Promise.all([listMemberChoices(), listConcernChoices()]));
  const [members, concerns] = choices ?? [undefined, undefined];
  // Stable, so the (memoised) Wiedervorlage field is not drawn again when the choices arrive.
  const changeResubmission = useCallback((day: string) => change('resubmissionOn', day), [change]);
  return (
    <Section title={t('caseForm.planningTitle')}>
      <ResponsibleField members={members} value={responsibleIds} onChange={(value) => change('responsibleIds', value)} />
      <div className="form-row form-row-bottom">
        <DayField
          label={t('caseForm.resubmissionOn')}
          value={resubmissionOn}
          onChange={changeResubmission}
          errorMessage={resubmissionError}
        />
        {resubmissionOn !== '' && (
          <Button className="button button-quiet align-start" onPress={() => change('resubmissionOn', '')}>
            {t('caseForm.clearResubmission')}
          </Button>
        )}
      </div>
      <CheckboxField
        label={t('caseForm.markedForNextMeeting')}
        value={markedForNextMeeting}
        onChange={(value) => change('markedForNextMeeting', value)}
      />
      <ConcernsField concerns={concerns} value={concernIds} onChange={(value) => change('concernIds', value)} />
    </Section>
  );
});

type AttributeValues = Pick<
  CaseFormValues,
  'ageBand' | 'householdSize' | 'regionOfOrigin' | 'residenceStatus' | 'languages' | 'interpreterNeeded'
>;

/** The coarse attributes: nothing that could single out a person. */
export const AttributesSection = memo(function AttributesSection(
  props: AttributeValues & { householdSizeError: string | null; languagesError: string | null; change: ChangeField },
) {
  const { t } = useTranslation();
  const { ageBand, householdSize, regionOfOrigin, residenceStatus, languages, interpreterNeeded, change } = props;
  const none = t('caseForm.notSpecified');
  return (
    <Section title={t('caseForm.attributesTitle')}>
      <p className="field-hint">{t('caseForm.attributesHint')}</p>
      <div className="form-row">
        <OptionalSelectField
          noneLabel={none}
          label={t('caseForm.ageBand')}
          options={AGE_BANDS.map((id) => ({ id, label: t(`ageBands.${id}`) }))}
          value={ageBand}
          onChange={(value) => change('ageBand', value)}
        />
        <HouseholdSizeField
          label={t('caseForm.householdSize')}
          value={householdSize}
          onChange={(value) => change('householdSize', value)}
          errorMessage={props.householdSizeError}
        />
      </div>
      <div className="form-row">
        <OptionalSelectField
          noneLabel={none}
          label={t('caseForm.regionOfOrigin')}
          options={REGIONS_OF_ORIGIN.map((id) => ({ id, label: t(`regions.${id}`) }))}
          value={regionOfOrigin}
          onChange={(value) => change('regionOfOrigin', value)}
        />
        <OptionalSelectField
          noneLabel={none}
          label={t('caseForm.residenceStatus')}
          options={RESIDENCE_STATUSES.map((id) => ({ id, label: t(`residenceStatuses.${id}`) }))}
          value={residenceStatus}
          onChange={(value) => change('residenceStatus', value)}
        />
      </div>
      <TextInputField
        label={t('caseForm.languages')}
        description={t('caseForm.languagesHint')}
        value={languages}
        onChange={(value) => change('languages', value)}
        errorMessage={props.languagesError}
        maxLength={400}
      />
      <CheckboxField
        label={t('caseForm.interpreterNeeded')}
        value={interpreterNeeded}
        onChange={(value) => change('interpreterNeeded', value)}
      />
    </Section>
  );
});
