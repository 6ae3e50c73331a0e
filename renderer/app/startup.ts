import type { Result } from '../../shared/errors/result';
import type { Language } from '../../shared/ipc/contract';
import { ensureDevice } from '../db/device';
import { readLanguage } from '../db/repositories/settings';
import { asResult } from '../db/write';
import { applyLanguage, DEFAULT_LANGUAGE } from '../i18n';
import { getPlatform } from '../platform';

let started: Promise<Result<Language>> | null = null;

/**
 * Opens the database, creates this device's id on the very first start, and
 * restores the chosen language. Runs once per page, however often it is called.
 */
export function startApp(): Promise<Result<Language>> {
  started ??= asResult(async () => {
    await ensureDevice();
    const language = (await readLanguage()) ?? DEFAULT_LANGUAGE;
    await applyLanguage(language);
    return language;
  }).then(async (result) => {
    if (result.ok) await getPlatform().setLanguage(result.data);
    return result;
  });
  return started;
}
