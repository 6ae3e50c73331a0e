import { memo, useCallback, useMemo } from 'react';
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

type Change = CaseFiltersProps['onChange'];

// Each choice is drawn again only when its own value (or its options) changed: switching one
// filter does not draw the other drop-downs, react-aria's dearest controls in the list's header.
const StatusChoice = memo(function StatusChoice({ statuses, onChange }: { statuses: readonly CaseStatus[]; onChange: Change }) {
  const { t } = useTranslation();
  const options = useMemo(
    () => [{ id: ALL, label: t('cases.all') }, { id: ALL_OPEN, label: t('cases.allOpen') }, ...CASE_STATUSES.map((id) => ({ id, label: t(`caseStatus.${id}`) }))],
    [t],
  );
  const choose = useCallback((choice: string) => onChange({ statuses: statusesOf(choice) }), [onChange]);
  return <SelectField<string> label={t('cases.filterStatus')} options={options} value={statusChoiceOf(statuses)} onChange={choose} />;
});

const TopicChoice = memo(function TopicChoice({ topics, customTopics, onChange }: { topics: readonly string[]; customTopics: readonly string[]; onChange: Change }) {
  const { t } = useTranslation();
  const options = useMemo(() => [{ id: ALL, label: t('cases.all') }, ...topicChoices(t, customTopics)], [t, customTopics]);
  const choose = useCallback((choice: string) => onChange({ topics: choice === ALL ? [] : [choice] }), [onChange]);
  return <SelectField<string> label={t('cases.filterTopic')} options={options} value={topics[0] ?? ALL} onChange={choose} />;
});

const ResponsibleChoice = memo(function ResponsibleChoice({
  responsibleId,
  members,
  onChange,
}: {
  responsibleId: string | null;
  members: readonly MemberChoice[];
  onChange: Change;
}) {
  const { t } = useTranslation();
  const options = useMemo(() => [{ id: ALL, label: t('cases.all') }, ...members.map((member) => ({ id: member.id, label: member.name }))], [t, members]);
  const choose = useCallback((choice: string) => onChange({ responsibleId: choice === ALL ? null : choice }), [onChange]);
  return <SelectField<string> label={t('cases.filterResponsible')} options={options} value={responsibleId ?? ALL} onChange={choose} />;
});

const FlagChoice = memo(function FlagChoice({
  flag,
  value,
  onChange,
}: {
  flag: 'onlyOverdueFollowUps' | 'onlyResubmissionDue';
  value: boolean;
  onChange: Change;
}) {
  const { t } = useTranslation();
  const choose = useCallback((next: boolean) => onChange({ [flag]: next }), [flag, onChange]);
  return <CheckboxField label={t(flag === 'onlyOverdueFollowUps' ? 'cases.onlyOverdue' : 'cases.onlyResubmissionDue')} value={value} onChange={choose} />;
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
      <StatusChoice statuses={filter.statuses} onChange={onChange} />
      <TopicChoice topics={filter.topics} customTopics={customTopics} onChange={onChange} />
      <ResponsibleChoice responsibleId={filter.responsibleId} members={members} onChange={onChange} />
      <div className="filter-checks">
        <FlagChoice flag="onlyOverdueFollowUps" value={filter.onlyOverdueFollowUps} onChange={onChange} />
        <FlagChoice flag="onlyResubmissionDue" value={filter.onlyResubmissionDue} onChange={onChange} />
      </div>
      {isFiltering(filter) && (
        <Button className="button button-quiet filter-reset" onPress={onReset}>
          {t('cases.resetFilters')}
        </Button>
      )}
    </div>
  );
}
