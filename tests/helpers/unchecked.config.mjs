// The site's own configuration without the content check, for tests that prove the build's other
// guards hold on their own (tests/helpers/build.ts). Never used to publish.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import config from '../../astro.config.mjs';

export default {
	...config,
	integrations: config.integrations.filter((integration) => integration.name !== 'ess:content-integrity'),
	// A content store of its own: this build may run while a test file builds the site (they would share
	// node_modules/.astro), and its hostile content must not linger for the next build.
	cacheDir: mkdtempSync(join(tmpdir(), 'ess-unchecked-cache-')),
};
