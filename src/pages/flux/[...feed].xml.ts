/** `/flux/<feed>.xml`: the RSS feeds of resources (all, per level of local government, per theme). */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalogue } from '../../lib/catalogue.ts';
import { type Feed, feedFile, feeds } from '../../lib/feeds.ts';
import { RESOURCE_KIND_LABELS } from '../../lib/labels.ts';
import { SITE_NAME } from '../../lib/site-config.ts';
import { absoluteEntryHref, absoluteHref } from '../../lib/url.ts';
import { withKeys } from '../../lib/render-key.ts';

export const getStaticPaths = (async () => {
	const catalogue = await getCatalogue();
	return withKeys(catalogue, feeds(catalogue).map((feed) => ({ params: { feed: feed.path.replace(/^flux\//, '') }, props: { feed } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ feed: Feed }> = async ({ props }) => {
	const { feed } = props;
	const catalogue = await getCatalogue();
	return rss({
		title: `${feed.title} · ${SITE_NAME}`,
		description: feed.description,
		site: absoluteHref(),
		xmlns: { atom: 'http://www.w3.org/2005/Atom' },
		customData: `<language>fr</language><atom:link href="${absoluteHref(feedFile(feed))}" rel="self" type="application/rss+xml"/>`,
		items: feed.items.map((resource) => ({
			title: resource.data.title,
			link: absoluteEntryHref(resource),
			description: resource.data.summary,
			// Only an exact date is a publication date; a year alone is given as a category.
			pubDate: resource.data.date,
			categories: [
				RESOURCE_KIND_LABELS[resource.data.kind],
				...(resource.data.year ? [String(resource.data.year)] : []),
				...resource.data.themes.map((t) => catalogue.title('themes', t.id)),
			],
		})),
	});
};
