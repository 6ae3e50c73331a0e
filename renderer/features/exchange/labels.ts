import type { TFunction } from 'i18next';
import { isHlc, parseHlc } from '../../../shared/clock/hlc';
import { AGE_BANDS, CASE_STATUSES, REGIONS_OF_ORIGIN, RESIDENCE_STATUSES, TOPIC_AREAS, URGENCIES } from '../../../shared/model/case';
import { ENTITY_NAMES, type EntityName } from '../../../shared/model/entities';
import { formatDay } from '../../i18n/format';
import { currentLocale } from '../../i18n';
import { exchangeDe } from '../../i18n/exchange';

/** Words for what the exchange screens show: entity names, field labels, values, stamps and times. */

type FieldKey = keyof typeof exchangeDe.exchange.fields;
const FIELD_KEYS = new Set<string>(Object.keys(exchangeDe.exchange.fields));
const DAY_FIELDS = new Set(['openedOn', 'closedOn', 'resubmissionOn', 'date', 'dueOn']);
/** The field name a conflict uses for a pending erasure (shared/merge/versions.ts DELETED_KEY). */
export const DELETION_FIELD = 'deleted';

function isFieldKey(field: string): field is FieldKey {
  return FIELD_KEYS.has(field);
}

function oneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

/** True when the value names a synchronised entity (a table of the exchange). */
export function isEntityName(value: string): value is EntityName {
  return (ENTITY_NAMES as readonly string[]).includes(value);
}

/** The plural name of an entity ("Fälle"), or the table name for one the UI does not know yet. */
export function entityLabel(t: TFunction, table: string): string {
  return isEntityName(table) ? t(`exchange.entities.${table}`) : table;
}

/** The singular name of an entity ("Fall"). */
export function entitySingular(t: TFunction, table: string): string {
  return isEntityName(table) ? t(`exchange.entityOne.${table}`) : table;
}

/** A field's human label; fields without one get a generic "Feld „x“". */
export function fieldLabel(t: TFunction, field: string): string {
  if (field === DELETION_FIELD) return t('exchange.conflicts.deletion');
  return isFieldKey(field) ? t(`exchange.fields.${field}`) : t('exchange.conflicts.genericField', { field });
}

function caseValue(t: TFunction, field: string, value: unknown): string | null {
  if (field === 'status' && oneOf(CASE_STATUSES, value)) return t(`caseStatus.${value}`);
  if (field === 'urgency' && oneOf(URGENCIES, value)) return t(`urgency.${value}`);
  if (field === 'ageBand' && oneOf(AGE_BANDS, value)) return t(`ageBands.${value}`);
  if (field === 'regionOfOrigin' && oneOf(REGIONS_OF_ORIGIN, value)) return t(`regions.${value}`);
  if (field === 'residenceStatus' && oneOf(RESIDENCE_STATUSES, value)) return t(`residenceStatuses.${value}`);
  if (field === 'topics' && Array.isArray(value)) {
    return value.map((topic) => (oneOf(TOPIC_AREAS, topic) ? t(`topics.${topic}`) : String(topic))).join(', ');
  }
  return null;
}

/**
 * A field value as a person reads it: labels for known choices, days in the
 * locale, member names for member ids, "ja"/"nein", and "(leer)" for nothing.
 */
export function formatFieldValue(
  t: TFunction,
  table: string,
  field: string,
  value: unknown,
  memberNames: ReadonlyMap<string, string> = new Map(),
): string {
  if (field === DELETION_FIELD) return value === true ? t('exchange.conflicts.deleteVersion') : t('exchange.conflicts.keepVersion');
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
    return t('exchange.conflicts.emptyValue');
  }
  if (typeof value === 'boolean') return value ? t('exchange.conflicts.yes') : t('exchange.conflicts.no');
  if (table === 'cases') {
    const known = caseValue(t, field, value);
    if (known !== null) return known;
  }
  if (DAY_FIELDS.has(field) && typeof value === 'string') return formatDay(value);
  if ((field === 'responsibleIds' || field === 'ownerId' || field === 'authorId') && (typeof value === 'string' || Array.isArray(value))) {
    const ids = Array.isArray(value) ? value : [value];
    return ids.map((id) => memberNames.get(String(id)) ?? String(id)).join(', ');
  }
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'string' ? item : JSON.stringify(item))).join(', ');
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return value.toLocaleString(currentLocale());
  return JSON.stringify(value);
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** A moment (ISO text or epoch ms) as date and time in the UI's locale. */
export function formatWhen(moment: string | number, locale: string = currentLocale()): string {
  const date = new Date(moment);
  if (Number.isNaN(date.getTime())) return String(moment);
  let format = dateTimeFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    dateTimeFormats.set(locale, format);
  }
  return format.format(date);
}

/** When and on which device a clock stamp was written, or null for something that is not a stamp. */
export function stampOrigin(stamp: string): { readonly wallMs: number; readonly deviceId: string } | null {
  if (!isHlc(stamp)) return null;
  const { wallMs, deviceId } = parseHlc(stamp);
  return { wallMs, deviceId };
}

/** A short, readable fingerprint of a public key (the first 16 characters in groups of four). */
export function keyFingerprint(publicKey: string): string {
  return (publicKey.replace(/[^A-Za-z0-9]/g, '').slice(0, 16).match(/.{1,4}/g) ?? []).join(' ');
}

/** The bytes as an ArrayBuffer-backed view (what saveFile takes), copying only when they live in another kind of buffer. */
export function ownBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) : new Uint8Array(bytes);
}
