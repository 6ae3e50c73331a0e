import type { FileKind, Language } from '../../shared/ipc/contract';

/** A filter of the native file dialogs (same shape as Electron's FileFilter). */
export interface DialogFilter {
  readonly name: string;
  readonly extensions: string[];
}

interface KindInfo {
  readonly extension: string;
  readonly label: Readonly<Record<Language, string>>;
}

// Exchange files and backups are standard age files (see the exchange issue), so
// any age implementation recognises them by their extension.
const KINDS: Readonly<Record<FileKind, KindInfo>> = {
  exchange: { extension: 'age', label: { de: 'Austauschdatei', en: 'Exchange file' } },
  backup: { extension: 'age', label: { de: 'Sicherung', en: 'Backup' } },
  'member-card': { extension: 'json', label: { de: 'Mitgliedskarte', en: 'Member card' } },
  pdf: { extension: 'pdf', label: { de: 'PDF-Dokument', en: 'PDF document' } },
  csv: { extension: 'csv', label: { de: 'CSV-Tabelle', en: 'CSV table' } },
  markdown: { extension: 'md', label: { de: 'Markdown-Text', en: 'Markdown text' } },
  json: { extension: 'json', label: { de: 'JSON-Datei', en: 'JSON file' } },
  zip: { extension: 'zip', label: { de: 'ZIP-Archiv', en: 'ZIP archive' } },
};

const ALL_FILES: Readonly<Record<Language, string>> = { de: 'Alle Dateien', en: 'All files' };

/** The extension (without dot) main gives files of this kind. */
export function extensionFor(kind: FileKind): string {
  return KINDS[kind].extension;
}

/** Dialog filters for a kind: its own extension first, then "all files". */
export function filtersFor(kind: FileKind, language: Language): DialogFilter[] {
  const info = KINDS[kind];
  return [
    { name: info.label[language], extensions: [info.extension] },
    { name: ALL_FILES[language], extensions: ['*'] },
  ];
}

const FALLBACK_NAME = 'runder-tisch';
const MAX_BASE_LENGTH = 100;
// Characters no file system accepts, control characters, and bidirectional
// overrides that could disguise an extension ("abc\u202Efdp.exe").
// eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
const FORBIDDEN = /[/\\:*?"<>|\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/**
 * Turns the renderer's suggested name into a safe base name with the kind's
 * extension: no separators, no leading dots, no Windows device names, bounded length.
 */
export function safeFileName(suggested: string, kind: FileKind): string {
  const extension = extensionFor(kind);
  let base = suggested.normalize('NFC').replace(FORBIDDEN, '_').replace(/\s+/g, ' ').trim();
  if (base.toLowerCase().endsWith(`.${extension}`)) base = base.slice(0, -(extension.length + 1));
  // Code points, not UTF-16 units, so a cut never splits a character.
  base = Array.from(base).slice(0, MAX_BASE_LENGTH).join('');
  base = base.replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');
  if (base === '') base = FALLBACK_NAME;
  // Windows refuses "NUL.pdf" and "con.tar.pdf" alike: the part before the first dot counts.
  if (WINDOWS_RESERVED.test(base.split('.')[0]?.trim() ?? '')) base = `_${base}`;
  return `${base}.${extension}`;
}
