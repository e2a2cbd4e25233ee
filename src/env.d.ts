interface ImportMetaEnv {
	/** This build's id, set by src/integrations/offline.ts (Pagefind's `metaCacheTag`). */
	readonly BUILD_ID: string;
	/** True in `astro build`, where the service worker exists (src/integrations/offline.ts). */
	readonly OFFLINE: boolean;
}
