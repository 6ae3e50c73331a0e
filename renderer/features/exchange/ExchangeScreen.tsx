import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useAppStore } from '../../state/store';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ClockSkewWarning } from '../../components/ClockSkewWarning';
import { listConflicts } from '../../exchange/conflicts';
import { BackupsPanel } from './BackupsPanel';
import { ConflictsPanel } from './ConflictsPanel';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { MemberCardPanel } from './MemberCardPanel';
import './exchange.css';

const TABS = ['card', 'export', 'import', 'conflicts', 'backups'] as const;
type ExchangeTab = (typeof TABS)[number];

/**
 * Austausch: member cards, export, import, Konflikte and Sicherungen as tabs. The
 * panels stay mounted while hidden, so a half-done export or a preview survives a
 * look at another tab.
 */
export function ExchangeScreen() {
  const { t } = useTranslation();
  // The first start's "Datei vom Moderator importieren" lands here on the import tab, once.
  const [tab, setTab] = useState<ExchangeTab>(() => {
    const startWithImport = useAppStore.getState().exchangeStartsWithImport;
    if (startWithImport) useAppStore.setState({ exchangeStartsWithImport: false });
    return startWithImport ? 'import' : 'card';
  });
  const conflicts = useLiveQuery(listConflicts);
  const conflictCount = conflicts?.length ?? 0;

  return (
    <div className="ex-screen">
      <p className="ex-screen-intro">{t('exchange.intro')}</p>
      <ClockSkewWarning />
      <Tabs
        className="ex-tabs"
        selectedKey={tab}
        onSelectionChange={(key) => {
          const chosen = TABS.find((candidate) => candidate === key);
          if (chosen) setTab(chosen);
        }}
      >
        <TabList className="ex-tab-list" aria-label={t('exchange.tabsLabel')}>
          <Tab id="card" className="ex-tab">
            {t('exchange.tabs.card')}
          </Tab>
          <Tab id="export" className="ex-tab">
            {t('exchange.tabs.export')}
          </Tab>
          <Tab id="import" className="ex-tab">
            {t('exchange.tabs.import')}
          </Tab>
          <Tab id="conflicts" className="ex-tab">
            {conflictCount > 0 ? t('exchange.tabs.conflictsCount', { count: conflictCount }) : t('exchange.tabs.conflicts')}
          </Tab>
          <Tab id="backups" className="ex-tab">
            {t('exchange.tabs.backups')}
          </Tab>
        </TabList>
        <TabPanel id="card" className="ex-tab-panel" shouldForceMount>
          <MemberCardPanel />
        </TabPanel>
        <TabPanel id="export" className="ex-tab-panel" shouldForceMount>
          <ExportPanel />
        </TabPanel>
        <TabPanel id="import" className="ex-tab-panel" shouldForceMount>
          <ImportPanel />
        </TabPanel>
        <TabPanel id="conflicts" className="ex-tab-panel" shouldForceMount>
          <ConflictsPanel />
        </TabPanel>
        <TabPanel id="backups" className="ex-tab-panel" shouldForceMount>
          <BackupsPanel />
        </TabPanel>
      </Tabs>
    </div>
  );
}
