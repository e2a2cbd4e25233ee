/**
 * One MDX body compiled to what the content store keeps: its HTML, headings and front matter when the body is
 * static (`staticBody`), by the renderer of Astro's MDX integration with the site's options.
 */
import type { AstroConfig } from 'astro';
import { MDX_OPTIONS } from './processor.ts';
import { type StaticBody, staticBody } from './static-body.ts';

export type MdxRenderer = { process(content: string, filePath: string, frontmatter: Record<string, unknown>): Promise<{ code: string }> };

/** What the renderer is made from, as a thread can be given it: the Markdown settings, and `srcDir` as an address. */
export interface RendererSettings {
	shared: Pick<AstroConfig['markdown'], 'syntaxHighlight' | 'gfm' | 'smartypants'> & Partial<Pick<AstroConfig['markdown'], 'shikiConfig'>>;
	srcDir: string;
}

type Processor = AstroConfig['markdown']['processor'];

export const rendererSettings = ({ markdown: { syntaxHighlight, shikiConfig, gfm, smartypants }, srcDir }: AstroConfig): RendererSettings => ({
	shared: { syntaxHighlight, shikiConfig, gfm, smartypants },
	srcDir: srcDir.href,
});

/** The MDX renderer Astro's integration gets, with the same options (see @astrojs/mdx's `resolveMdxRenderer`). */
export const rendererFrom = (processor: Processor, { shared, srcDir }: RendererSettings): Promise<MdxRenderer | undefined> =>
	Promise.resolve(processor.createMdxRenderer?.(shared, { ...MDX_OPTIONS, srcDir: new URL(srcDir) }));

/** The body as HTML when it is static; `undefined` when it is more (components…) or fails to compile: its module reports it. */
export async function compileBody(renderer: MdxRenderer, body: string, file: string): Promise<StaticBody | undefined> {
	try {
		return staticBody((await renderer.process(body, file, {})).code);
	} catch {
		return undefined;
	}
}
