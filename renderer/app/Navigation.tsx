import { useTranslation } from 'react-i18next';
import { SCREENS } from '../../shared/ipc/contract';
import { selectNavigate, selectScreen } from '../state/selectors';
import { useAppStore } from '../state/store';

/** The main navigation: one button per screen, the current one marked with aria-current. */
export function Navigation() {
  const { t } = useTranslation();
  const screen = useAppStore(selectScreen);
  const navigate = useAppStore(selectNavigate);
  return (
    <nav className="app-nav" aria-label={t('nav.label')}>
      <ul>
        {SCREENS.map((id) => (
          <li key={id}>
            <button
              type="button"
              className="nav-item"
              aria-current={id === screen ? 'page' : undefined}
              onClick={() => navigate(id)}
            >
              {t(`nav.${id}`)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
