import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { selectCasesView, selectShowCasesView } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { selectSelectConcern, useConcernsView } from './concernsStore';
import './concerns.css';

type View = 'list' | 'concerns';

/**
 * "Fälle | Anliegen": the views of the Fälle screen, as a group of toggle buttons. It is not a
 * second navigation landmark (the app has one), and the Papierkorb keeps its own way in
 * from the case list's toolbar.
 */
export function CasesViewSwitch() {
  const { t } = useTranslation();
  const view = useAppStore(selectCasesView);
  const showCasesView = useAppStore(selectShowCasesView);
  const selectConcern = useConcernsView(selectSelectConcern);
  const views: readonly { id: View; label: string }[] = [
    { id: 'list', label: t('concerns.viewCases') },
    { id: 'concerns', label: t('concerns.viewConcerns') },
  ];
  return (
    <div className="cases-view-switch" role="group" aria-label={t('concerns.viewSwitch')}>
      {views.map((item) => (
        <Button
          key={item.id}
          className={`button button-quiet view-switch-button${view === item.id ? ' is-current' : ''}`}
          aria-pressed={view === item.id}
          onPress={() => {
            if (item.id === 'concerns') selectConcern(null);
            showCasesView(item.id);
          }}
        >
          {item.label}
        </Button>
      ))}
    </div>
  );
}
