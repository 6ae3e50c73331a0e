import { existsSync } from 'node:fs';

/** Flags that keep Debian's Chromium quiet and offline on a headless CI machine. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** The Chromium to drive: $CHROME_PATH, else Debian's /usr/bin/chromium; throws with install advice if neither exists. */
export function chromiumPath(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(
      `CHROME_PATH is set to "${fromEnv}", but no file exists there. Point CHROME_PATH at a Chromium or Chrome binary, ` +
        `or unset it and install Debian's Chromium: apt-get install -y chromium`,
    );
  }
  if (existsSync(DEFAULT_CHROMIUM)) return DEFAULT_CHROMIUM;
  throw new Error(
    `No Chromium found for the e2e tests: CHROME_PATH is not set and ${DEFAULT_CHROMIUM} does not exist. ` +
      `Install it with \`apt-get install -y chromium\` (as root), or set CHROME_PATH to a Chromium/Chrome binary. ` +
      `(\`npx playwright install\` cannot download browsers on this network.)`,
  );
}
