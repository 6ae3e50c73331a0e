import { z } from 'zod';
import type { Result } from '../errors/result';

/**
 * The one IPC contract between renderer and main. Every channel starts with
 * IPC_PREFIX; both sides refuse any other. Arguments are validated in main with
 * these schemas; results travel as Result<T> (`{ok, data} | {ok, error}`).
 * Main never takes a path from the renderer: files are chosen in main's own dialogs,
 * the renderer only suggests a base name and says what kind of file it is.
 */

export const IPC_PREFIX = 'rt:';
export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Largest file the renderer may ask main to write or read (exchange files of 10,000 cases fit). */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

/** What a file is for; main derives dialog filters and extensions from it. */
export const FILE_KINDS = ['exchange', 'backup', 'member-card', 'pdf', 'csv', 'markdown', 'json', 'zip'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

const suggestedName = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[^/\\:*?"<>|\p{Cc}]+$/u, { message: 'not a plain file name' });

const bytes = z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_FILE_BYTES, { message: 'file too large' });

export const appInfoSchema = z.object({
  version: z.string(),
  platform: z.string(),
  electron: z.string().nullable(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const saveOutcomeSchema = z.object({ saved: z.boolean(), fileName: z.string().nullable() });
export type SaveOutcome = z.infer<typeof saveOutcomeSchema>;

export const openedFileSchema = z.object({ fileName: z.string(), data: z.instanceof(Uint8Array) });
export type OpenedFile = z.infer<typeof openedFileSchema>;

export const saveRequestSchema = z.object({ suggestedName, kind: z.enum(FILE_KINDS), data: bytes });
export type SaveRequest = z.infer<typeof saveRequestSchema>;

export const openRequestSchema = z.object({ kind: z.enum(FILE_KINDS) });
export type OpenRequest = z.infer<typeof openRequestSchema>;

export const printRequestSchema = z.object({ suggestedName, landscape: z.boolean() });
export type PrintRequest = z.infer<typeof printRequestSchema>;

/** Longest secret the renderer may ask main to protect (a member's private keys are ~200 characters). */
export const MAX_SECRET_CHARS = 8192;

/** A secret in plain text, e.g. a member's private keys as JSON. */
export const secretPlaintextSchema = z.string().min(1).max(MAX_SECRET_CHARS);

/** A secret protected by the OS keychain (Electron safeStorage), as standard base64. */
export const protectedSecretSchema = z
  .string()
  .min(4)
  .max(MAX_SECRET_CHARS * 4)
  .regex(/^[A-Za-z0-9+/]+={0,2}$/, { message: 'not base64' })
  .refine((s) => s.length % 4 === 0, { message: 'not base64' });

/** Why an automatic backup is written: the daily one, or the one before an import. */
export const BACKUP_KINDS = ['daily', 'before-import'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

/** Where automatic backups go and how many there are; the folder's name only, never its path. */
export const backupStatusSchema = z.object({
  folderName: z.string().nullable(),
  lastBackupAt: z.string().nullable(),
  files: z.number().int().min(0),
});
export type BackupStatus = z.infer<typeof backupStatusSchema>;

/** What writing one automatic backup produced. */
export const backupWrittenSchema = z.object({ fileName: z.string(), removed: z.number().int().min(0) });
export type BackupWritten = z.infer<typeof backupWrittenSchema>;

/** Channel name → argument schema (a tuple) and result schema. */
export const IPC_CONTRACT = {
  'rt:app:info': { args: z.tuple([]), result: appInfoSchema },
  'rt:app:set-language': { args: z.tuple([z.enum(LANGUAGES)]), result: z.null() },
  'rt:file:save': { args: z.tuple([saveRequestSchema]), result: saveOutcomeSchema },
  'rt:file:open': { args: z.tuple([openRequestSchema]), result: openedFileSchema.nullable() },
  'rt:print:pdf': { args: z.tuple([printRequestSchema]), result: saveOutcomeSchema },
  'rt:secret:protect': { args: z.tuple([secretPlaintextSchema]), result: protectedSecretSchema },
  'rt:secret:unprotect': { args: z.tuple([protectedSecretSchema]), result: secretPlaintextSchema },
  // Automatic backups: main owns the folder (its own dialog, its own config) and the file names.
  'rt:backup:choose-folder': { args: z.tuple([]), result: backupStatusSchema },
  'rt:backup:write': { args: z.tuple([bytes, z.enum(BACKUP_KINDS)]), result: backupWrittenSchema },
  'rt:backup:status': { args: z.tuple([]), result: backupStatusSchema },
} as const;

export type IpcChannel = keyof typeof IPC_CONTRACT;
export type IpcArgs<C extends IpcChannel> = z.input<(typeof IPC_CONTRACT)[C]['args']>;
export type IpcData<C extends IpcChannel> = z.output<(typeof IPC_CONTRACT)[C]['result']>;
export type IpcResult<C extends IpcChannel> = Result<IpcData<C>>;

/** True when the string names a channel of the contract. */
export function isIpcChannel(name: unknown): name is IpcChannel {
  return typeof name === 'string' && name.startsWith(IPC_PREFIX) && Object.hasOwn(IPC_CONTRACT, name);
}

/** Commands the application menu sends to the renderer (main → renderer, one channel). */
export const MENU_EVENT_CHANNEL = 'rt:menu:command';
export const SCREENS = ['overview', 'cases', 'meetings', 'followUps', 'reports', 'exchange', 'settings'] as const;
export type Screen = (typeof SCREENS)[number];
export const menuCommandSchema = z.discriminatedUnion('command', [
  z.object({ command: z.literal('navigate'), screen: z.enum(SCREENS) }),
  z.object({ command: z.literal('new-case') }),
  z.object({ command: z.literal('print') }),
  z.object({ command: z.literal('lock') }),
]);
export type MenuCommand = z.infer<typeof menuCommandSchema>;

/** The object the preload exposes as `window.rtApi`: nothing but these two functions. */
export interface PreloadApi {
  invoke<C extends IpcChannel>(channel: C, ...args: IpcArgs<C>): Promise<IpcResult<C>>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
