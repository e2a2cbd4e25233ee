import { type Browser, chromium } from 'playwright-core';
import { findChromium } from './chromium-path.ts';

/** Launches Debian's headless Chromium the way this machine allows (no sandbox as root, no background network). */
export async function launchChromium(): Promise<Browser> {
	const executablePath = findChromium();
	if (!executablePath) throw new Error('Chromium introuvable : lancez « node scripts/ensure-chromium.ts » ou « sudo apt-get install chromium ».');
	return chromium.launch({
		executablePath,
		headless: true,
		args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
	});
}
