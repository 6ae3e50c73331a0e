import type { AppError, ErrorCode } from '../../shared/errors/result';
import type { Language } from '../../shared/ipc/contract';
import type { Messages } from './de';

/**
 * The one place where error codes become words a user reads. `Record<ErrorCode, …>`
 * makes a new code without a message in both languages a type error.
 */
export const ERROR_MESSAGES: Readonly<Record<Language, Readonly<Record<ErrorCode, string>>>> = {
  de: {
    'validation/invalid': 'Die Eingaben sind nicht gültig. Bitte prüfen Sie die markierten Felder.',
    'db/not-found': 'Der Eintrag wurde nicht gefunden. Vielleicht wurde er inzwischen gelöscht.',
    'db/quota': 'Der Speicher ist voll. Bitte schaffen Sie Platz auf dem Gerät und versuchen Sie es erneut.',
    'db/failed': 'Die Daten konnten nicht gespeichert werden. Bitte versuchen Sie es erneut.',
    'ipc/bad-sender': 'Die Anfrage kam nicht aus dem Fenster der App und wurde abgelehnt.',
    'ipc/bad-args': 'Die App hat eine ungültige Anfrage gestellt. Bitte melden Sie diesen Fehler.',
    'ipc/unknown-channel': 'Die App kennt diese Anfrage nicht. Bitte melden Sie diesen Fehler.',
    'file/cancelled': 'Die Dateiauswahl wurde abgebrochen.',
    'file/too-large': 'Die Datei ist zu groß.',
    'file/read-failed': 'Die Datei konnte nicht gelesen werden.',
    'file/write-failed': 'Die Datei konnte nicht geschrieben werden.',
    'print/failed': 'Das Drucken ist fehlgeschlagen.',
    unknown: 'Ein unerwarteter Fehler ist aufgetreten. Bitte versuchen Sie es erneut.',
    'exchange/not-age': 'Das ist keine verschlüsselte Austauschdatei von Runder Tisch.',
    'exchange/wrong-key': 'Die Datei ist nicht für Sie verschlüsselt, oder das Passwort stimmt nicht.',
    'exchange/corrupt': 'Die Austauschdatei ist beschädigt oder unvollständig.',
    'exchange/too-large': 'Die Austauschdatei ist zu groß.',
    'exchange/newer-version': 'Die Datei stammt aus einer neueren Version von Runder Tisch. Bitte aktualisieren Sie die App.',
    'exchange/invalid-content': 'Der Inhalt der Austauschdatei ist nicht gültig.',
    'exchange/bad-signature': 'Die Unterschrift der Datei passt nicht zum Inhalt. Die Datei wurde möglicherweise verändert.',
    'exchange/unsigned': 'Die Datei ist nicht unterschrieben; ihre Herkunft lässt sich nicht prüfen.',
    'exchange/invalid-key': 'Der Schlüssel oder das Passwort ist nicht gültig.',
    'exchange/invalid-card': 'Die Mitgliedskarte ist nicht gültig oder unvollständig kopiert.',
  },
  en: {
    'validation/invalid': 'The input is not valid. Please check the marked fields.',
    'db/not-found': 'The entry was not found. Perhaps it was deleted in the meantime.',
    'db/quota': 'Storage is full. Please free some space on the device and try again.',
    'db/failed': 'The data could not be saved. Please try again.',
    'ipc/bad-sender': "The request did not come from the app's window and was refused.",
    'ipc/bad-args': 'The app made an invalid request. Please report this error.',
    'ipc/unknown-channel': 'The app does not know this request. Please report this error.',
    'file/cancelled': 'Choosing a file was cancelled.',
    'file/too-large': 'The file is too large.',
    'file/read-failed': 'The file could not be read.',
    'file/write-failed': 'The file could not be written.',
    'print/failed': 'Printing failed.',
    unknown: 'An unexpected error occurred. Please try again.',
    'exchange/not-age': 'This is not an encrypted Runder Tisch exchange file.',
    'exchange/wrong-key': 'The file is not encrypted for you, or the passphrase is wrong.',
    'exchange/corrupt': 'The exchange file is damaged or incomplete.',
    'exchange/too-large': 'The exchange file is too large.',
    'exchange/newer-version': 'The file comes from a newer version of Runder Tisch. Please update the app.',
    'exchange/invalid-content': 'The content of the exchange file is not valid.',
    'exchange/bad-signature': 'The signature does not match the content. The file may have been altered.',
    'exchange/unsigned': 'The file is not signed; where it comes from cannot be checked.',
    'exchange/invalid-key': 'The key or passphrase is not valid.',
    'exchange/invalid-card': 'The member card is not valid or was copied incompletely.',
  },
};

/** The user's words for an error, in the given language. */
export function errorMessage(error: AppError | ErrorCode, language: Language): string {
  const code = typeof error === 'string' ? error : error.code;
  return ERROR_MESSAGES[language][code];
}

/** A translation key of a validation message, e.g. 'validation.required'. */
export type ValidationKey = `validation.${keyof Messages['validation'] & string}`;

/** True when a schema message is one of our validation keys (zod messages are keys, see shared/model). */
export function isValidationKey(message: string): message is ValidationKey {
  const [prefix, name, ...rest] = message.split('.');
  return prefix === 'validation' && rest.length === 0 && name !== undefined && /^[a-zA-Z]+$/.test(name);
}

/**
 * The field and message key of a repository's validation failure. Repositories
 * report them as `field: validation.key` (renderer/db/write.ts), so a form can put
 * the message next to the field it concerns.
 */
export function fieldErrorOf(error: AppError): { field: string; key: ValidationKey } | null {
  if (error.code !== 'validation/invalid') return null;
  const match = /^([A-Za-z][\w.]*): (validation\.[a-zA-Z]+)$/.exec(error.message);
  if (!match?.[1] || !match[2] || !isValidationKey(match[2])) return null;
  return { field: match[1].split('.')[0] ?? match[1], key: match[2] };
}
