import { existsSync } from 'node:fs';

export const chromiumEnvironmentVariable = 'BRIEFDESK_CHROMIUM';

/** Where Chromium or Chrome usually lives, in the order we try them. */
export const usualChromiumLocations: Readonly<Record<string, readonly string[]>> = {
  linux: [
    '/usr/lib/chromium/chromium',
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
  ],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  ],
};

/** An explicit path (flag, then environment), else the first usual location that exists. */
export function findChromium(
  explicitPath: string | undefined,
  environment: Readonly<Record<string, string | undefined>>,
  platform: NodeJS.Platform = process.platform,
  exists: (path: string) => boolean = existsSync,
): string | undefined {
  const chosen = explicitPath || environment[chromiumEnvironmentVariable];
  if (chosen) return exists(chosen) ? chosen : undefined;
  return (usualChromiumLocations[platform] ?? []).find((candidate) => exists(candidate));
}

/** Flags for a headless Chromium that never talks to the network on its own. */
export const quietChromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-default-apps',
  '--disable-extensions',
  '--metrics-recording-only',
  '--no-default-browser-check',
] as const;
