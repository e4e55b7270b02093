import { existsSync } from 'node:fs';

/** Where Debian, Ubuntu and Google put Chromium or Chrome; the first that exists wins. */
const CHROMIUM_PATHS = [
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
];
const FIREFOX_PATHS = ['/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox'];

/** Path of a Chromium-family binary (`CHROMIUM_PATH` overrides), or undefined. */
export function findChromium(): string | undefined {
  return [process.env.CHROMIUM_PATH, ...CHROMIUM_PATHS].find((path) => path && existsSync(path));
}

/** Path of a Firefox binary (`FIREFOX_PATH` overrides), or undefined. */
export function findFirefox(): string | undefined {
  return [process.env.FIREFOX_PATH, ...FIREFOX_PATHS].find((path) => path && existsSync(path));
}
