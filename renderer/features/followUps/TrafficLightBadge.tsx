import './followUps.css';
import { useTranslation } from 'react-i18next';
import type { LightReason } from '../../../shared/followUps/trafficLight';
import type { TrafficLight } from '../../../shared/model/followUp';

/**
 * A light's shape: colour is never the only signal, so each light has its own
 * shape (grün a circle, gelb a triangle, rot a square) next to its word.
 */
export function LightShape({ light }: { light: TrafficLight }) {
  return (
    <svg className={`ampel-shape ampel-shape-${light}`} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {light === 'green' && <circle cx="8" cy="8" r="6.5" />}
      {light === 'yellow' && <polygon points="8,1.5 15,14.5 1,14.5" />}
      {light === 'red' && <rect x="2" y="2" width="12" height="12" rx="1" />}
    </svg>
  );
}

export interface TrafficLightBadgeProps {
  light: TrafficLight;
  /** Why it has this colour; not shown for "im Plan", which needs no explanation. */
  reason?: LightReason;
  /** 'stacked' puts the why under the badge, for narrow columns. */
  layout?: 'inline' | 'stacked';
}

/** The Ampel of a follow-up as shape, word and (optionally) why: "▲ gelb · Frist naht". */
export function TrafficLightBadge({ light, reason, layout = 'inline' }: TrafficLightBadgeProps) {
  const { t } = useTranslation();
  const why = reason && reason !== 'on_track' ? t(`followUps.lightReason.${reason}`) : null;
  const badge = (
    <span className={`ampel ampel-${light}`}>
      <LightShape light={light} />
      <span className="ampel-label">{t(`followUps.light.${light}`)}</span>
      {why && layout === 'inline' && <span className="ampel-reason">{why}</span>}
    </span>
  );
  if (layout === 'inline' || !why) return badge;
  return (
    <span className="ampel-stack">
      {badge}
      <span className="ampel-why">{why}</span>
    </span>
  );
}
