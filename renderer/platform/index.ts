import type { PreloadApi } from '../../shared/ipc/contract';
import { createElectronPlatform } from './electron';
import type { Platform } from './types';
import { createWebPlatform } from './web';

let current: Platform | null = null;

/** The platform the app runs on: the desktop shell when its preload API is there, else the browser. */
export function getPlatform(): Platform {
  if (!current) {
    const api = (window as Window & { rtApi?: PreloadApi }).rtApi;
    current = api ? createElectronPlatform(api) : createWebPlatform();
  }
  return current;
}
