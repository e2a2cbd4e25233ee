import { describe, expect, it } from 'vitest';
import { bodyLinks } from '../../src/lib/body-links.ts';

describe('the entries a body links to', () => {
	it('reads Markdown links to entry pages and to anchors in them, each entry once, in order', () => {
		const body = [
			'La ressourcerie [Bell’Occas](/initiatives/bell-occas/) est membre de [Coopelis](/initiatives/coopelis/).',
			'Voir [ses actions](/leviers/anct-1-partenariats-financiers/#action-2) et encore [Bell’Occas](/initiatives/bell-occas).',
			'**[La loi](</ressources/loi-ess-2014/> "Loi de 2014")**',
		].join('\n\n');
		expect(bodyLinks(body)).toEqual([
			{ collection: 'initiatives', id: 'bell-occas' },
			{ collection: 'initiatives', id: 'coopelis' },
			{ collection: 'levers', id: 'anct-1-partenariats-financiers' },
			{ collection: 'resources', id: 'loi-ess-2014' },
		]);
	});

	it('leaves out listings, filter pages, other sites, anchors of the page itself and unknown sections', () => {
		const body = '[Ressources](/ressources/) [guides](/ressources/type/guide/) [Avise](https://www.avise.org/initiatives/x/) [plus bas](#bibliographie) [ailleurs](/autre/x/)';
		expect(bodyLinks(body)).toEqual([]);
	});

	it('leaves out the entry’s own page', () => {
		expect(bodyLinks('[ici](/initiatives/coopelis/)', { collection: 'initiatives', id: 'coopelis' })).toEqual([]);
	});
});
