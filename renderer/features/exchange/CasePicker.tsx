import { useMemo, useState } from 'react';
import { Button, Input, Label, ListBox, ListBoxItem, ListLayout, SearchField, Text, Virtualizer, type Selection } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { foldText } from '../../../shared/cases/search';

export interface PickableCase {
  readonly id: string;
  readonly code: string;
  readonly title: string;
}

/**
 * A searchable multiple choice of cases by code or title. Cases hidden by the
 * search stay chosen; the list is virtualised, so ten thousand cases stay quick.
 */
export function CasePicker(props: {
  cases: readonly PickableCase[];
  chosen: ReadonlySet<string>;
  onChange(chosen: Set<string>): void;
  errorMessage?: string | null;
}) {
  const { t } = useTranslation();
  const { cases, chosen, onChange, errorMessage } = props;
  const [query, setQuery] = useState('');
  const folded = useMemo(() => cases.map((c) => ({ ...c, text: foldText(`${c.code} ${c.title}`) })), [cases]);
  const terms = foldText(query).split(/\s+/).filter(Boolean);
  const shown = terms.length === 0 ? folded : folded.filter((c) => terms.every((term) => c.text.includes(term)));
  const shownIds = new Set(shown.map((c) => c.id));

  function select(selection: Selection): void {
    if (selection === 'all') {
      onChange(new Set([...chosen, ...shown.map((c) => c.id)]));
      return;
    }
    // The list only knows the shown cases: keep the chosen ones the search hides.
    const next = new Set([...chosen].filter((id) => !shownIds.has(id)));
    for (const key of selection) next.add(String(key));
    onChange(next);
  }

  if (cases.length === 0) return <p className="ex-note">{t('exchange.export.noCases')}</p>;

  return (
    <div className="ex-case-picker">
      <SearchField className="field" value={query} onChange={setQuery} isInvalid={Boolean(errorMessage)}>
        <Label className="field-label">{t('exchange.export.caseSearch')}</Label>
        <Input className="input" />
        <Text slot="description" className="field-hint">
          {t('exchange.export.caseSearchHint')}
        </Text>
      </SearchField>
      <div className="ex-case-picker-bar">
        <span className="ex-case-picker-count" aria-live="polite">
          {t('exchange.export.casesChosen', { count: chosen.size })}
        </span>
        <Button className="button button-small" onPress={() => select('all')} isDisabled={shown.length === 0}>
          {t('exchange.export.chooseShown')}
        </Button>
        <Button className="button button-small" onPress={() => onChange(new Set())} isDisabled={chosen.size === 0}>
          {t('exchange.export.clearChoice')}
        </Button>
      </div>
      <Virtualizer layout={ListLayout} layoutOptions={{ rowHeight: 40 }}>
        <ListBox
          className="listbox ex-case-picker-list"
          aria-label={t('exchange.export.caseListLabel')}
          selectionMode="multiple"
          selectionBehavior="toggle"
          selectedKeys={new Set([...chosen].filter((id) => shownIds.has(id)))}
          onSelectionChange={select}
          items={shown}
          renderEmptyState={() => <p className="ex-note">{t('exchange.export.noCaseMatch')}</p>}
        >
          {(item) => (
            <ListBoxItem id={item.id} className="listbox-item ex-case-picker-item" textValue={`${item.code} ${item.title}`}>
              <span className="checkbox-box" aria-hidden="true">
                <svg viewBox="0 0 16 16" focusable="false">
                  <polyline points="3.5 8.5 6.5 11.5 12.5 4.5" />
                </svg>
              </span>
              <span className="cell-code">{item.code}</span>
              <span className="ex-case-picker-title">{item.title}</span>
            </ListBoxItem>
          )}
        </ListBox>
      </Virtualizer>
      {errorMessage && (
        <p className="field-error" role="alert">
          {errorMessage}
        </p>
      )}
    </div>
  );
}
