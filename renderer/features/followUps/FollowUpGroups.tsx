import { useEffect, useRef } from 'react';
import { Button, Disclosure, DisclosurePanel, Heading } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { TrafficLight } from '../../../shared/model/followUp';
import type { FollowUpDialogControls } from './FollowUpDialogs';
import { FollowUpList } from './FollowUpList';
import { groupByLight, LIGHT_ORDER, type LitFollowUp } from './lights';
import { LightShape } from './TrafficLightBadge';
import type { FollowUpLookups } from './useFollowUpLookups';

export interface FollowUpGroupsProps {
  items: readonly LitFollowUp[];
  lookups: FollowUpLookups;
  controls: FollowUpDialogControls;
  /** A colour group to scroll to and focus (a link from the Übersicht asked for it). */
  focus: TrafficLight | null;
  onFocused(): void;
}

/** "Alle": follow-ups grouped rot, gelb, grün; the done ones folded away at the end. */
export function FollowUpGroups({ items, lookups, controls, focus, onFocused }: FollowUpGroupsProps) {
  const { t } = useTranslation();
  const groups = groupByLight(items);
  const headings = useRef<Partial<Record<TrafficLight, HTMLHeadingElement | null>>>({});

  useEffect(() => {
    if (!focus) return;
    // After the frame: the shell moves the focus to the screen's title when a screen opens, and this must come after.
    const frame = requestAnimationFrame(() => {
      const heading = headings.current[focus];
      heading?.focus();
      heading?.scrollIntoView({ block: 'start' });
      onFocused();
    });
    return () => cancelAnimationFrame(frame);
  }, [focus, onFocused]);

  return (
    <div className="follow-up-groups">
      {LIGHT_ORDER.map((light) => (
        <section key={light} className={`ampel-group ampel-group-${light}`} aria-labelledby={`group-${light}`}>
          <h2
            id={`group-${light}`}
            className="group-title"
            tabIndex={-1}
            ref={(element) => {
              headings.current[light] = element;
            }}
          >
            <LightShape light={light} />
            {t(`followUps.groups.${light}`, { count: groups[light].length })}
          </h2>
          {groups[light].length === 0 ? (
            <p className="muted">{t('followUps.groups.none')}</p>
          ) : (
            <FollowUpList items={groups[light]} lookups={lookups} controls={controls} />
          )}
        </section>
      ))}
      <Disclosure className="done-group">
        <Heading level={2} className="group-title">
          <Button slot="trigger" className="disclosure-trigger">
            <span className="disclosure-chevron" aria-hidden="true" />
            {t('followUps.groups.done', { count: groups.done.length })}
          </Button>
        </Heading>
        <DisclosurePanel>
          {groups.done.length === 0 ? (
            <p className="muted">{t('followUps.groups.none')}</p>
          ) : (
            <FollowUpList items={groups.done} lookups={lookups} controls={controls} />
          )}
        </DisclosurePanel>
      </Disclosure>
    </div>
  );
}
