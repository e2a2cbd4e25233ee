/** The parts of Citation.js this project uses (the packages ship no type declarations). */
declare module '@citation-js/core' {
	export class Cite {
		constructor(data: unknown);
		data: Record<string, any>[];
		format(format: string, options?: Record<string, unknown>): unknown;
	}
	export const plugins: {
		config: { get(plugin: string): any };
	};
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
