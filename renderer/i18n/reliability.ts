/** Texts of the reliability warnings (a clock that is wrong). Included by de.ts and en.ts. */
export const reliabilityDe = {
  clockLabel: 'Uhrzeit prüfen',
  remoteAhead_one: 'Die Uhr von {{name}} geht vor – um etwa einen Tag.',
  remoteAhead_other: 'Die Uhr von {{name}} geht vor – um etwa {{count}} Tage.',
  remoteDevice: 'Gerät {{deviceId}}',
  remoteHint:
    'Bitte bitten Sie, Datum und Uhrzeit dieses Geräts zu prüfen. Die Daten werden trotzdem richtig zusammengeführt; bis die Uhr stimmt, können gleichzeitige Änderungen aber unerwartet entschieden werden.',
  localBehind_one: 'Die Uhr dieses Geräts geht nach oder war verstellt – um etwa einen Tag.',
  localBehind_other: 'Die Uhr dieses Geräts geht nach oder war verstellt – um etwa {{count}} Tage.',
  localHint:
    'Bitte prüfen Sie Datum und Uhrzeit in den Einstellungen des Computers. Bis dahin bekommen neue Änderungen die spätere Zeit, damit keine verloren geht.',
};

export const reliabilityEn: typeof reliabilityDe = {
  clockLabel: 'Check the time',
  remoteAhead_one: 'The clock of {{name}} is fast – by about one day.',
  remoteAhead_other: 'The clock of {{name}} is fast – by about {{count}} days.',
  remoteDevice: 'device {{deviceId}}',
  remoteHint:
    'Please ask for the date and time of that device to be checked. The data is still merged correctly, but until the clock is right, simultaneous changes may be decided unexpectedly.',
  localBehind_one: 'The clock of this device is slow or was set back – by about one day.',
  localBehind_other: 'The clock of this device is slow or was set back – by about {{count}} days.',
  localHint: 'Please check the date and time in the computer’s settings. Until then new changes get the later time, so that none is lost.',
};
