import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** Path of a Chromium binary: `CHROMIUM_PATH` if set, else the usual Debian locations. */
export function findChromium(env: Record<string, string | undefined> = process.env): string | undefined {
	if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : undefined;
	return CANDIDATES.find((p) => existsSync(p));
}
