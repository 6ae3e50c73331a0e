import { Button, FieldError, Input, Label, NumberField, RadioGroup, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { TOPIC_AREAS, type TopicArea } from '../../../shared/model/case';
import { MIN_K } from '../../../shared/report/suppression';
import { CheckboxGroupField } from '../../components/CheckboxGroupField';
import { DayField } from '../../components/DayField';
import { FieldLabel } from '../../components/FieldLabel';
import { ChoiceRadio } from '../../components/ChoiceRadio';

/** What the user chose for the report, as the form holds it. */
export interface ReportChoice {
  readonly from: string;
  readonly to: string;
  readonly scope: 'all' | 'some';
  readonly topics: readonly TopicArea[];
  readonly k: number;
}

/** The choice's problems, by field, as i18n keys under reports.invalid. */
export type ChoiceProblems = Partial<Record<'from' | 'to' | 'topics' | 'k', 'from' | 'to' | 'order' | 'topics' | 'k'>>;

/** Checks a choice before the report is built; an empty object means it can be built. */
export function choiceProblems(choice: ReportChoice): ChoiceProblems {
  const problems: ChoiceProblems = {};
  if (choice.from === '') problems.from = 'from';
  if (choice.to === '') problems.to = 'to';
  if (choice.from !== '' && choice.to !== '' && choice.from > choice.to) problems.to = 'order';
  if (choice.scope === 'some' && choice.topics.length === 0) problems.topics = 'topics';
  if (!Number.isSafeInteger(choice.k) || choice.k < MIN_K) problems.k = 'k';
  return problems;
}

function isTopicArea(value: string): value is TopicArea {
  return (TOPIC_AREAS as readonly string[]).includes(value);
}

interface ReportFormProps {
  choice: ReportChoice;
  problems: ChoiceProblems;
  busy: boolean;
  onChange(choice: ReportChoice): void;
  onBuild(): void;
}

/** Period, scope and k, and the button that builds the report. */
export function ReportForm({ choice, problems, busy, onChange, onBuild }: ReportFormProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<ReportChoice>) => onChange({ ...choice, ...patch });
  const problem = (field: keyof ChoiceProblems) => {
    const key = problems[field];
    return key ? t(`reports.invalid.${key}`) : null;
  };
  return (
    <form
      className="rp-form no-print"
      aria-label={t('reports.choices')}
      onSubmit={(event) => {
        event.preventDefault();
        onBuild();
      }}
    >
      <h2 className="rp-form-title">{t('reports.choices')}</h2>
      <div className="rp-form-row">
        <DayField label={t('reports.from')} value={choice.from} onChange={(from) => set({ from })} errorMessage={problem('from')} isRequired />
        <DayField label={t('reports.to')} value={choice.to} onChange={(to) => set({ to })} errorMessage={problem('to')} isRequired />
        <NumberField
          className="field rp-k"
          value={choice.k}
          onChange={(k) => set({ k })}
          minValue={MIN_K}
          step={1}
          formatOptions={{ maximumFractionDigits: 0 }}
          isInvalid={Boolean(problem('k'))}
          isRequired
        >
          <FieldLabel isRequired>{t('reports.k')}</FieldLabel>
          <Input className="input" />
          <Text slot="description" className="field-hint">
            {t('reports.kHint')}
          </Text>
          <FieldError className="field-error">{problem('k')}</FieldError>
        </NumberField>
      </div>
      <RadioGroup className="field" value={choice.scope} onChange={(value) => set({ scope: value === 'some' ? 'some' : 'all' })}>
        <Label className="field-label">{t('reports.scope')}</Label>
        <div className="radio-list rp-scope">
          {(['all', 'some'] as const).map((scope) => (
            <ChoiceRadio key={scope} value={scope}>
              {t(scope === 'all' ? 'reports.scopeAll' : 'reports.scopeSome')}
            </ChoiceRadio>
          ))}
        </div>
      </RadioGroup>
      {choice.scope === 'some' && (
        <CheckboxGroupField
          label={t('reports.topics')}
          options={TOPIC_AREAS.map((id) => ({ id, label: t(`topics.${id}`) }))}
          value={choice.topics}
          onChange={(topics) => set({ topics: topics.filter(isTopicArea) })}
          errorMessage={problem('topics')}
          isRequired
        />
      )}
      <div className="rp-form-actions">
        <Button type="submit" className="button button-primary" isDisabled={busy}>
          {t('reports.build')}
        </Button>
      </div>
    </form>
  );
}
