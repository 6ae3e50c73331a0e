import { randomBytes } from 'node:crypto';
import { open, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * The few file operations main performs, always on a path the user picked in
 * main's own dialog. An interface so the handlers can be exercised against a
 * real temp folder in tests and in the e2e page bridge.
 */
export interface FileStore {
  /** Size in bytes of a regular file; throws for anything else (folders, devices). */
  sizeOf(path: string): Promise<number>;
  /** Reads a regular file, refusing to read more than maxBytes even if it grew since sizeOf. */
  read(path: string, maxBytes: number): Promise<Uint8Array<ArrayBuffer>>;
  /** Replaces the file's content atomically: a reader sees the old bytes or the new, never half. */
  writeAtomic(path: string, data: Uint8Array): Promise<void>;
}

export type FileStoreErrorReason = 'not-a-file' | 'too-large' | 'changed';

/** Thrown by FileStore when a path is not a regular file, is too large, or changed while being read. */
export class FileStoreError extends Error {
  readonly reason: FileStoreErrorReason;
  constructor(reason: FileStoreErrorReason, message: string) {
    super(message);
    this.name = 'FileStoreError';
    this.reason = reason;
  }
}

/** The FileStore on the real file system. */
export function createNodeFileStore(): FileStore {
  return {
    async sizeOf(path) {
      const info = await stat(path);
      if (!info.isFile()) throw new FileStoreError('not-a-file', `${basename(path)} is not a regular file`);
      return info.size;
    },

    async read(path, maxBytes) {
      const handle = await open(path, 'r');
      try {
        const info = await handle.stat();
        if (!info.isFile()) throw new FileStoreError('not-a-file', `${basename(path)} is not a regular file`);
        if (info.size > maxBytes) throw new FileStoreError('too-large', `${basename(path)} is larger than ${maxBytes} bytes`);
        // One byte more than the size fstat reported reveals a file that grew meanwhile.
        const buffer = new Uint8Array(info.size + 1);
        let filled = 0;
        while (filled < buffer.byteLength) {
          const { bytesRead } = await handle.read(buffer, filled, buffer.byteLength - filled, filled);
          if (bytesRead === 0) break;
          filled += bytesRead;
        }
        if (filled !== info.size) throw new FileStoreError('changed', `${basename(path)} changed while it was being read`);
        return buffer.subarray(0, filled);
      } finally {
        await handle.close();
      }
    },

    async writeAtomic(chosen, data) {
      // A chosen symbolic link is written through, as the user expects, not replaced by a file.
      const path = await realpath(chosen).catch(() => chosen);
      // The temp file sits in the target's folder so the final rename never crosses file systems.
      const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
      let renamed = false;
      try {
        const handle = await open(temp, 'wx', 0o600);
        try {
          await handle.writeFile(data);
          await handle.sync();
        } finally {
          await handle.close();
        }
        await rename(temp, path);
        renamed = true;
      } finally {
        if (!renamed) await unlink(temp).catch(() => undefined);
      }
    },
  };
}
