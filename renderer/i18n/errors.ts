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
    'db/quota': 'Der Speicher ist voll – die Änderung wurde nicht gespeichert, die bisherigen Daten sind unverändert. Schaffen Sie Platz auf dem Gerät, löschen Sie alte Sicherungen (Austausch → Sicherungen) und laden Sie eine Sicherung herunter (Einstellungen → Automatische Sicherung). Versuchen Sie es dann erneut.',
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
    'exchange/not-age': 'Das ist keine verschlüsselte Austauschdatei (.age) von Runder Tisch. Bitte wählen Sie die Datei, die Sie von einem anderen Mitglied bekommen haben.',
    'exchange/wrong-key': 'Die Datei lässt sich nicht öffnen: Sie ist nicht für Sie verschlüsselt, oder die Passphrase stimmt nicht.',
    'exchange/corrupt': 'Die Datei ist beschädigt oder unvollständig – vielleicht wurde sie nicht ganz übertragen oder nachträglich verändert. Bitte lassen Sie sie sich noch einmal schicken.',
    'exchange/too-large': 'Die Austauschdatei ist zu groß.',
    'exchange/newer-version': 'Die Datei wurde mit einer neueren Version von Runder Tisch erstellt. Bitte aktualisieren Sie die App und lesen Sie die Datei dann noch einmal ein.',
    'exchange/invalid-content': 'Der Inhalt der Datei ist nicht gültig, deshalb wurde nichts übernommen. Bitten Sie die Absenderin oder den Absender um eine neue Datei.',
    'exchange/bad-signature': 'Die Unterschrift passt nicht zum Inhalt: Die Datei wurde nach dem Unterschreiben verändert. Sie wird nicht übernommen.',
    'exchange/unsigned': 'Die Datei ist nicht unterschrieben; woher sie stammt, lässt sich nicht prüfen. Sie wird nicht übernommen.',
    'exchange/invalid-key': 'Der Schlüssel oder die Passphrase ist nicht gültig.',
    'exchange/invalid-card': 'Das ist keine gültige Mitgliedskarte, oder sie wurde unvollständig kopiert. Bitte kopieren Sie den ganzen Text ab „RTCARD1:“.',
    'exchange/no-member': 'Auf diesem Gerät ist noch nicht festgelegt, wer Sie sind. Wählen Sie zuerst unter Einstellungen Ihr Mitglied aus.',
    'exchange/no-keys': 'Sie haben auf diesem Gerät noch keine Schlüssel. Erzeugen Sie sie unter Austausch → Mitgliedskarte.',
    'exchange/keys-mismatch': 'Für Sie sind schon andere Schlüssel eingetragen als die auf diesem Gerät. Neue Schlüssel erzeugen Sie bewusst unter Austausch → Mitgliedskarte.',
    'exchange/unknown-signer': 'Die Datei stammt von jemandem, der hier nicht als Mitglied bekannt ist. Bestätigen Sie ausdrücklich, dass Sie sie trotzdem übernehmen wollen.',
    'exchange/stale-preview': 'Die Daten haben sich seit der Vorschau geändert. Bitte lesen Sie die Datei noch einmal ein.',
    'backup/corrupt': 'Das ist keine Sicherungsdatei von Runder Tisch, oder sie ist beschädigt.',
    'secret/unavailable': 'Der Schlüsselbund des Betriebssystems ist gerade nicht verfügbar. Bitte melden Sie sich am Rechner neu an und versuchen Sie es erneut.',
    'secret/unreadable': 'Ihre gespeicherten Schlüssel lassen sich nicht mehr lesen. Erzeugen Sie neue unter Austausch → Mitgliedskarte und geben Sie die neue Karte weiter.',
    'lock/locked': 'Die App ist gesperrt. Entsperren Sie sie mit Ihrer Passphrase; dann versuchen Sie es erneut.',
    'lock/unreadable': 'Gespeicherte Texte lassen sich mit diesem Schlüssel nicht entschlüsseln. Die Daten wurden nicht verändert.',
    'lock/wrong-passphrase': 'Die Passphrase stimmt nicht. Bitte prüfen Sie Groß- und Kleinschreibung und versuchen Sie es erneut.',
  },
  en: {
    'validation/invalid': 'The input is not valid. Please check the marked fields.',
    'db/not-found': 'The entry was not found. Perhaps it was deleted in the meantime.',
    'db/quota': 'Storage is full – the change was not saved, the data so far is unchanged. Free space on the device, delete old backups (Exchange → Backups) and download a backup (Settings → Automatic backup). Then try again.',
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
    'exchange/not-age': 'This is not an encrypted Runder Tisch exchange file (.age). Please choose the file you were given by another member.',
    'exchange/wrong-key': 'The file cannot be opened: it is not encrypted for you, or the passphrase is wrong.',
    'exchange/corrupt': 'The file is damaged or incomplete – perhaps it was not transferred completely or was altered afterwards. Please ask for it to be sent again.',
    'exchange/too-large': 'The exchange file is too large.',
    'exchange/newer-version': 'The file was made with a newer version of Runder Tisch. Please update the app and then read the file again.',
    'exchange/invalid-content': 'The content of the file is not valid, so nothing was taken over. Please ask the sender for a new file.',
    'exchange/bad-signature': 'The signature does not match the content: the file was altered after it was signed. It is not taken over.',
    'exchange/unsigned': 'The file is not signed; where it comes from cannot be checked. It is not taken over.',
    'exchange/invalid-key': 'The key or passphrase is not valid.',
    'exchange/invalid-card': 'This is not a valid member card, or it was copied incompletely. Please copy the whole text from “RTCARD1:” on.',
    'exchange/no-member': 'This device does not know yet who you are. First choose your member under Settings.',
    'exchange/no-keys': 'You have no keys on this device yet. Create them under Exchange → Member card.',
    'exchange/keys-mismatch': 'Other keys are already recorded for you than the ones on this device. Create new keys deliberately under Exchange → Member card.',
    'exchange/unknown-signer': 'The file comes from someone who is not a known member here. Confirm explicitly that you want to take it over anyway.',
    'exchange/stale-preview': 'The data changed since the preview. Please read the file again.',
    'backup/corrupt': 'This is not a Runder Tisch backup file, or it is damaged.',
    'secret/unavailable': "The operating system's keychain is not available right now. Please sign in to the computer again and retry.",
    'secret/unreadable': 'Your stored keys can no longer be read. Create new ones under Exchange → Member card and pass the new card on.',
    'lock/locked': 'The app is locked. Unlock it with your passphrase, then try again.',
    'lock/unreadable': 'Stored texts cannot be decrypted with this key. The data was not changed.',
    'lock/wrong-passphrase': 'The passphrase is not correct. Please check upper and lower case and try again.',
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
