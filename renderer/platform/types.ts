import type { Result } from '../../shared/errors/result';
import type { AppInfo, BackupKind, BackupStatus, BackupWritten, Language, MenuCommand, OpenRequest, OpenedFile, PrintRequest, SaveOutcome, SaveRequest } from '../../shared/ipc/contract';

/**
 * What the renderer needs from its surroundings. Two implementations: electron.ts
 * (through the preload's window.rtApi) and web.ts (downloads, file inputs, the
 * browser's print). Nothing outside renderer/platform touches window.rtApi.
 */
export interface Platform {
  readonly kind: 'electron' | 'web';
  appInfo(): Promise<Result<AppInfo>>;
  /** Saves bytes to a file the user chooses (desktop: save dialog; web: a download). */
  saveFile(request: SaveRequest): Promise<Result<SaveOutcome>>;
  /** Lets the user pick a file and returns its bytes, or null when they cancel. */
  openFile(request: OpenRequest): Promise<Result<OpenedFile | null>>;
  /** Prints the current document (desktop: printToPDF and save; web: the browser's print dialog). */
  printToPdf(request: PrintRequest): Promise<Result<SaveOutcome>>;
  /** Tells the shell the UI language changed (desktop: rebuilds the menu). */
  setLanguage(language: Language): Promise<void>;
  /**
   * Protects a secret with the OS keychain (desktop: Electron safeStorage) and returns
   * it as base64 ciphertext. Fails with 'secret/unavailable' where there is no keychain
   * (always in web mode): the caller then keeps the secret in IndexedDB and says so.
   */
  protectSecret(plaintext: string): Promise<Result<string>>;
  /** Reverses protectSecret; 'secret/unreadable' when the keychain cannot decrypt it any more. */
  unprotectSecret(protectedSecret: string): Promise<Result<string>>;
  /**
   * Automatic backups (desktop only): main lets the user choose a folder in its own
   * dialog, names and writes each file there and deletes old ones by its retention.
   * Web mode fails with 'file/write-failed': there the user downloads backups.
   */
  chooseBackupFolder(): Promise<Result<BackupStatus>>;
  writeBackup(data: Uint8Array<ArrayBuffer>, kind: BackupKind): Promise<Result<BackupWritten>>;
  backupStatus(): Promise<Result<BackupStatus>>;
  /** Subscribes to application-menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
