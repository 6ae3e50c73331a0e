import { useTranslation } from 'react-i18next';

export type ComingSoonScreen = 'overview' | 'meetings' | 'followUps' | 'reports' | 'exchange';

/** The one line a screen shows until a later issue builds it. */
export function ComingSoon({ screen }: { screen: ComingSoonScreen }) {
  const { t } = useTranslation();
  return <p className="coming-soon">{t(`comingSoon.${screen}`)}</p>;
}
