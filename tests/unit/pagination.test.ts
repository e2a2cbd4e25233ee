import { describe, expect, it } from 'vitest';
import { PAGE_SIZE, pageNumbers, pagePath, paginate, rangeOf } from '../../src/lib/pagination.ts';

describe('paginate', () => {
	it('splits a listing into pages of PAGE_SIZE, the last one holding the rest', () => {
		const items = Array.from({ length: PAGE_SIZE * 2 + 3 }, (_, i) => i);
		const pages = paginate(items);
		expect(pages.map((p) => p.items.length)).toEqual([PAGE_SIZE, PAGE_SIZE, 3]);
		expect(pages.map((p) => [p.number, p.count, p.first])).toEqual([
			[1, 3, 1],
			[2, 3, PAGE_SIZE + 1],
			[3, 3, PAGE_SIZE * 2 + 1],
		]);
		expect(pages.flatMap((p) => p.items)).toEqual(items);
	});

	it('keeps one (empty) first page for an empty listing, and one page for a listing that fits', () => {
		expect(paginate([])).toEqual([{ items: [], number: 1, count: 1, first: 0 }]);
		expect(paginate([1, 2, 3], 3)).toHaveLength(1);
		expect(paginate([1, 2, 3, 4], 3)).toHaveLength(2);
	});
});

describe('pagePath', () => {
	it('keeps the listing’s own address for page 1 and adds page/<n>/ after it', () => {
		expect(pagePath('ressources/', 1)).toBe('ressources/');
		expect(pagePath('ressources/type/guide/', 4)).toBe('ressources/type/guide/page/4/');
	});
});

describe('pageNumbers', () => {
	it('shows the first, the last and the neighbours of the current page, with gaps marked', () => {
		expect(pageNumbers(1, 1)).toEqual([1]);
		expect(pageNumbers(2, 3)).toEqual([1, 2, 3]);
		expect(pageNumbers(1, 10)).toEqual([1, 2, null, 10]);
		expect(pageNumbers(5, 10)).toEqual([1, null, 4, 5, 6, null, 10]);
		expect(pageNumbers(10, 10)).toEqual([1, null, 9, 10]);
		expect(pageNumbers(3, 10)).toEqual([1, 2, 3, 4, null, 10]);
	});
});

describe('rangeOf', () => {
	it('names the positions a page holds, a single one alone (« 51 », not « 51 à 51 »)', () => {
		const pages = paginate(Array.from({ length: PAGE_SIZE + 1 }, (_, i) => i));
		expect(rangeOf(pages[0]!)).toBe(`1 à ${PAGE_SIZE}`);
		expect(rangeOf(pages[1]!)).toBe(String(PAGE_SIZE + 1));
	});
});
