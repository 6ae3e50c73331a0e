import type { Screen } from '../../shared/ipc/contract';
import { CasesScreen } from '../features/cases/CasesScreen';
import { ComingSoon } from '../features/comingSoon/ComingSoon';
import { ExchangeScreen } from '../features/exchange/ExchangeScreen';
import { FollowUpsScreen } from '../features/followUps/FollowUpsScreen';
import { MeetingsScreen } from '../features/meetings/MeetingsScreen';
import { OverviewScreen } from '../features/overview/OverviewScreen';
import { ReportsScreen } from '../features/reports/ReportsScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';

/** The body of the current screen. */
export function ScreenContent({ screen }: { screen: Screen }) {
  switch (screen) {
    case 'overview':
      return <OverviewScreen />;
    case 'cases':
      return <CasesScreen />;
    case 'meetings':
      return <MeetingsScreen />;
    case 'followUps':
      return <FollowUpsScreen />;
    case 'reports':
      return <ReportsScreen />;
    case 'exchange':
      return <ExchangeScreen />;
    case 'settings':
      return <SettingsScreen />;
    default:
      return <ComingSoon screen={screen} />;
  }
}
