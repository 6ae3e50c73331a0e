import './navigation.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { SCREENS } from '../../shared/ipc/contract';
import { countOverdue } from '../db/queries/followUps';
import { useToday } from '../features/followUps/useToday';
import { selectNavigate, selectScreen } from '../state/selectors';
import { useAppStore } from '../state/store';

/**
 * The main navigation: one button per screen, the current one marked with
 * aria-current. Aufgaben carries the number of overdue follow-ups as a badge; the
 * number is part of the button's name ("Aufgaben 3 überfällig"), so it is heard too.
 * The name comes from the content (a hidden word after the visible number), so what is
 * seen is part of what is heard and voice control can say "Aufgaben 3" (WCAG 2.5.3).
 */
export function Navigation() {
  const { t } = useTranslation();
  const screen = useAppStore(selectScreen);
  const navigate = useAppStore(selectNavigate);
  const today = useToday();
  const overdue = useLiveQuery(() => countOverdue(today), [today]) ?? 0;
  return (
    <nav className="app-nav" aria-label={t('nav.label')}>
      <ul>
        {SCREENS.map((id) => {
          const label = t(`nav.${id}`);
          const badge = id === 'followUps' ? overdue : 0;
          return (
            <li key={id}>
              <button
                type="button"
                className="nav-item"
                aria-current={id === screen ? 'page' : undefined}
                onClick={() => navigate(id)}
              >
                <span className="nav-label">{label}</span>
                {badge > 0 && (
                  <>
                    <span className="nav-badge">{badge}</span>
                    <span className="visually-hidden">{t('followUps.navOverdueWord')}</span>
                  </>
                )}
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
