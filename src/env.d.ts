interface ImportMetaEnv {
	/** This build's id, set by src/integrations/offline.ts (Pagefind's `metaCacheTag`). */
	readonly BUILD_ID: string;
}
