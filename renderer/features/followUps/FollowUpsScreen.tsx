import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { Button, Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../components/LoadingState';
import { listFollowUps } from '../../db/queries/followUps';
import {
  FOLLOW_UP_TABS,
  selectClearFollowUpFocus,
  selectFollowUpFocus,
  selectFollowUpTab,
  selectSetFollowUpTab,
} from '../../state/followUpsSlice';
import { useAppStore } from '../../state/store';
import { AmpelListe } from './AmpelListe';
import { FollowUpDialogs, useFollowUpDialogs } from './FollowUpDialogs';
import { FollowUpGroups } from './FollowUpGroups';
import { FollowUpList } from './FollowUpList';
import { lightUp } from './lights';
import { useFollowUpLookups } from './useFollowUpLookups';

/** Aufgaben: "Meine Aufgaben", all follow-ups by colour, and the Ampelliste to print. */
export function FollowUpsScreen() {
  const { t } = useTranslation();
  const tab = useAppStore(selectFollowUpTab);
  const setTab = useAppStore(selectSetFollowUpTab);
  const focus = useAppStore(selectFollowUpFocus);
  const clearFocus = useAppStore(selectClearFollowUpFocus);
  const lookups = useFollowUpLookups();
  const controls = useFollowUpDialogs();
  const followUps = useLiveQuery(listFollowUps);
  const lit = useMemo(
    () => (followUps ? lightUp(followUps, lookups.today, lookups.yellowDays) : undefined),
    [followUps, lookups.today, lookups.yellowDays],
  );

  if (lit === undefined || !lookups.ready) return <LoadingState />;
  const mine = lit.filter((item) => item.followUp.ownerId !== null && item.followUp.ownerId === lookups.currentMemberId);
  const mineOpen = mine.filter((item) => item.followUp.status !== 'done');
  const mineDone = mine.length - mineOpen.length;

  return (
    <>
      <div className="toolbar no-print">
        <p className="toolbar-count">{t('followUps.count', { count: lit.length })}</p>
        <Button className="button button-primary" onPress={() => controls.create()}>
          {t('followUps.new')}
        </Button>
      </div>
      <Tabs
        className="fu-tabs"
        selectedKey={tab}
        onSelectionChange={(key) => {
          const chosen = FOLLOW_UP_TABS.find((id) => id === key);
          if (chosen) setTab(chosen);
        }}
      >
        <TabList className="fu-tab-list no-print" aria-label={t('followUps.views')}>
          {FOLLOW_UP_TABS.map((id) => (
            <Tab key={id} id={id} className="fu-tab">
              {t(`followUps.tabs.${id}`)}
            </Tab>
          ))}
        </TabList>
        <TabPanel id="mine" className="fu-tab-panel">
          {lookups.currentMemberId === null && <p className="muted">{t('followUps.noCurrentMember')}</p>}
          {mineOpen.length === 0 ? (
            <p className="empty-line">{t('followUps.mineEmpty')}</p>
          ) : (
            <FollowUpList items={mineOpen} lookups={lookups} controls={controls} />
          )}
          {mineDone > 0 && <p className="muted">{t('followUps.mineDone', { count: mineDone })}</p>}
        </TabPanel>
        <TabPanel id="all" className="fu-tab-panel">
          {lit.length === 0 ? (
            <p className="empty-line">{t('followUps.allEmpty')}</p>
          ) : (
            <FollowUpGroups items={lit} lookups={lookups} controls={controls} focus={focus} onFocused={clearFocus} />
          )}
        </TabPanel>
        <TabPanel id="print" className="fu-tab-panel">
          <AmpelListe items={lit} lookups={lookups} />
        </TabPanel>
      </Tabs>
      <FollowUpDialogs controls={controls} />
    </>
  );
}
