import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
					setupFiles: ['tests/helpers/remove-temp.ts'],
					// Several unit tests run the content checker over the whole catalogue or start a CLI: seconds, not milliseconds, on a busy CI machine.
					testTimeout: 30_000,
				},
			},
			{
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					globalSetup: ['tests/e2e/global-setup.ts'],
					setupFiles: ['tests/helpers/remove-temp.ts'],
					// One built site and one Chromium at a time: files run one after the other.
					fileParallelism: false,
					testTimeout: 60_000,
					hookTimeout: 120_000,
				},
			},
		],
	},
});
