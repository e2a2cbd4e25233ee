// The site's own configuration without the content check, for tests that prove the build's other
// guards hold on their own (tests/helpers/build.ts). Never used to publish.
import config from '../../astro.config.mjs';
import { contentDir } from '../../src/lib/content-dir.ts';
import { cacheFor } from './temp.ts';

export default {
	...config,
	integrations: config.integrations.filter((integration) => integration.name !== 'ess:content-integrity'),
	// A content store of its own: this build may run while a test file builds the site (they would share
	// node_modules/.astro), and its hostile content must not linger for the next build. Beside the content, and
	// removed with it (tests/helpers/temp.ts).
	cacheDir: cacheFor(contentDir()),
};
