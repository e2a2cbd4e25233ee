// The site's own configuration without the content check, for tests that prove the build's other
// guards hold on their own (tests/helpers/build.ts). Never used to publish.
import config from '../../astro.config.mjs';

export default { ...config, integrations: config.integrations.filter((integration) => integration.name !== 'ess:content-integrity') };
