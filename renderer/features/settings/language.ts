import type { Result } from '../../../shared/errors/result';
import type { Language } from '../../../shared/ipc/contract';
import { saveLanguage } from '../../db/repositories/settings';
import { applyLanguage } from '../../i18n';
import { getPlatform } from '../../platform';

/**
 * Switches the UI language everywhere: the texts and `<html lang>` at once, the
 * desktop menu through the platform, and the stored choice for the next start.
 */
export async function switchLanguage(language: Language): Promise<Result<void>> {
  await applyLanguage(language);
  await getPlatform().setLanguage(language);
  return saveLanguage(language);
}
