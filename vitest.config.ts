import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
		testTimeout: 60_000,
		hookTimeout: 600_000,
		// Browser tests share one built site and one Chromium: run files one at a time.
		fileParallelism: false,
	},
});
