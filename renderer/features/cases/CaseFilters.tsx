import { memo } from 'react';
import { Button, Input, SearchField, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { EMPTY_CASE_FILTER, type CaseFilter } from '../../../shared/cases/listQuery';
import { CASE_STATUSES, type CaseStatus } from '../../../shared/model/case';
import { FieldLabel } from '../../components/FieldLabel';
import { SelectField } from '../../components/SelectField';
import type { MemberChoice } from '../../db/queries/cases';
import { CheckboxField } from './CheckboxField';
import { topicChoices } from './labels';

export interface CaseFiltersProps {
  filter: CaseFilter;
  customTopics: readonly string[];
  members: readonly MemberChoice[];
  onChange(patch: Partial<CaseFilter>): void;
  onReset(): void;
}

const ALL = '__all';
const ALL_OPEN = '__open';
const OPEN_STATUSES: readonly CaseStatus[] = CASE_STATUSES.filter((status) => status !== 'closed');

function statusChoiceOf(statuses: readonly CaseStatus[]): string {
  if (statuses.length === 0) return ALL;
  if (statuses.length === 1) return statuses[0] ?? ALL;
  return statuses.length === OPEN_STATUSES.length && OPEN_STATUSES.every((s) => statuses.includes(s)) ? ALL_OPEN : ALL;
}

function statusesOf(choice: string): CaseStatus[] {
  if (choice === ALL_OPEN) return [...OPEN_STATUSES];
  const status = CASE_STATUSES.find((s) => s === choice);
  return status ? [status] : [];
}

/** True when any filter or search narrows the list. */
export function isFiltering(filter: CaseFilter): boolean {
  return JSON.stringify(filter) !== JSON.stringify(EMPTY_CASE_FILTER);
}

type ChoicesProps = Pick<CaseFilter, 'statuses' | 'topics' | 'responsibleId' | 'onlyOverdueFollowUps' | 'onlyResubmissionDue'> &
  Pick<CaseFiltersProps, 'customTopics' | 'members' | 'onChange'>;

// Memoised: typing in the search field does not draw the choices again.
const FilterChoices = memo(function FilterChoices({ statuses, topics, responsibleId, onlyOverdueFollowUps, onlyResubmissionDue, customTopics, members, onChange }: ChoicesProps) {
  const { t } = useTranslation();
  return (
    <>
      <SelectField<string>
        label={t('cases.filterStatus')}
        options={[
          { id: ALL, label: t('cases.all') },
          { id: ALL_OPEN, label: t('cases.allOpen') },
          ...CASE_STATUSES.map((id) => ({ id, label: t(`caseStatus.${id}`) })),
        ]}
        value={statusChoiceOf(statuses)}
        onChange={(choice) => onChange({ statuses: statusesOf(choice) })}
      />
      <SelectField<string>
        label={t('cases.filterTopic')}
        options={[{ id: ALL, label: t('cases.all') }, ...topicChoices(t, customTopics)]}
        value={topics[0] ?? ALL}
        onChange={(choice) => onChange({ topics: choice === ALL ? [] : [choice] })}
      />
      <SelectField<string>
        label={t('cases.filterResponsible')}
        options={[{ id: ALL, label: t('cases.all') }, ...members.map((member) => ({ id: member.id, label: member.name }))]}
        value={responsibleId ?? ALL}
        onChange={(choice) => onChange({ responsibleId: choice === ALL ? null : choice })}
      />
      <div className="filter-checks">
        <CheckboxField label={t('cases.onlyOverdue')} value={onlyOverdueFollowUps} onChange={(value) => onChange({ onlyOverdueFollowUps: value })} />
        <CheckboxField label={t('cases.onlyResubmissionDue')} value={onlyResubmissionDue} onChange={(value) => onChange({ onlyResubmissionDue: value })} />
      </div>
    </>
  );
});

/** Search and filters above the case list; every control has a real label. */
export function CaseFilters({ filter, customTopics, members, onChange, onReset }: CaseFiltersProps) {
  const { t } = useTranslation();
  return (
    <div role="search" className="case-filters" aria-label={t('cases.filtersLabel')}>
      <SearchField className="field search-field" value={filter.query} onChange={(query) => onChange({ query })}>
        <FieldLabel>{t('cases.search')}</FieldLabel>
        <div className="search-input">
          <Input className="input" />
          {filter.query !== '' && (
            <Button className="icon-button search-clear" aria-label={t('cases.clearSearch')}>
              <span aria-hidden="true">×</span>
            </Button>
          )}
        </div>
        <Text slot="description" className="field-hint">
          {t('cases.searchHint')}
        </Text>
      </SearchField>
      <FilterChoices
        statuses={filter.statuses}
        topics={filter.topics}
        responsibleId={filter.responsibleId}
        onlyOverdueFollowUps={filter.onlyOverdueFollowUps}
        onlyResubmissionDue={filter.onlyResubmissionDue}
        customTopics={customTopics}
        members={members}
        onChange={onChange}
      />
      {isFiltering(filter) && (
        <Button className="button button-quiet filter-reset" onPress={onReset}>
          {t('cases.resetFilters')}
        </Button>
      )}
    </div>
  );
}
