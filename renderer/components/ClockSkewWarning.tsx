import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { detectLocalSkew, skewDays, type LocalClockBehind, type RemoteSkewNote } from '../../shared/clock/skew';
import { db } from '../db/database';
import { readSetting } from '../db/repositories/settings';
import { now } from '../platform/clock';

/** The settings row of the device clock (owned by renderer/db/device.ts). */
const CLOCK_SETTING = 'hlc';

export interface ClockWarnings {
  /** A sender's clock ran ahead at the last import, and its stamps still lie in our future. */
  readonly remote: RemoteSkewNote | null;
  /** This device's clock is behind its own stamps: it was set back or runs slow. */
  readonly local: LocalClockBehind | null;
}

/** What the warning shows right now (reads only Dexie, so useLiveQuery can wrap it). */
export async function readClockWarnings(): Promise<ClockWarnings> {
  const nowMs = now();
  const note = await readSetting('clockSkew');
  // The fast clock's stamps stop being "ahead" once our time catches up with them.
  const remote = note && Date.parse(note.detectedAt) + note.aheadMs > nowMs ? note : null;
  const local = detectLocalSkew((await db.settings.get(CLOCK_SETTING))?.value, nowMs);
  return { remote, local };
}

/** Warns, in words and with an icon (never by colour alone), about a clock that is wrong by more than a day. */
export function ClockSkewWarning() {
  const { t } = useTranslation();
  const warnings = useLiveQuery(readClockWarnings);
  if (!warnings || (!warnings.remote && !warnings.local)) return null;
  const { remote, local } = warnings;
  return (
    <div className="alert clock-skew" role="status" aria-label={t('reliability.clockLabel')}>
      <p>
        <span aria-hidden="true">⚠ </span>
        <strong>{t('reliability.clockLabel')}:</strong>
      </p>
      {remote && (
        <p>
          {t('reliability.remoteAhead', {
            count: skewDays(remote.aheadMs),
            name: remote.memberName ?? t('reliability.remoteDevice', { deviceId: remote.deviceId }),
          })}{' '}
          {t('reliability.remoteHint')}
        </p>
      )}
      {local && (
        <p>
          {t('reliability.localBehind', { count: skewDays(local.behindMs) })} {t('reliability.localHint')}
        </p>
      )}
    </div>
  );
}
