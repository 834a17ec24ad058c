/**
 * Decides what to do about the browser the tests need. Pure, so tests can check its messages.
 * @param {{ path: string, exists: boolean, isRoot: boolean, fromEnv: boolean }} facts
 * @returns {{ action: 'use' | 'install' | 'stop', message: string }}
 */
export function decideChromium({ path, exists, isRoot, fromEnv }) {
  if (exists) return { action: 'use', message: `Using Chromium at ${path}` };
  if (fromEnv) {
    return {
      action: 'stop',
      message: `CHROME_PATH is set to ${path}, but no browser is there: point CHROME_PATH at a Chromium or Chrome binary, or unset it to use /usr/bin/chromium.`,
    };
  }
  if (isRoot) {
    return { action: 'install', message: `Chromium is missing at ${path}: installing Debian's chromium with apt-get.` };
  }
  return {
    action: 'stop',
    message: `Chromium is missing at ${path}: install it with "sudo apt-get install -y chromium", or set CHROME_PATH to a Chromium or Chrome binary.`,
  };
}

export const DEFAULT_CHROME_PATH = '/usr/bin/chromium';

/** Flags Chromium needs here: root (no sandbox) on a closed network (no background connections). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
