import type { Screen } from '../../shared/ipc/contract';
import { CasesScreen } from '../features/cases/CasesScreen';
import { ComingSoon } from '../features/comingSoon/ComingSoon';
import { SettingsScreen } from '../features/settings/SettingsScreen';

/** The body of the current screen. */
export function ScreenContent({ screen }: { screen: Screen }) {
  switch (screen) {
    case 'cases':
      return <CasesScreen />;
    case 'settings':
      return <SettingsScreen />;
    default:
      return <ComingSoon screen={screen} />;
  }
}
