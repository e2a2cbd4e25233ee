import { describe, expect, it } from 'vitest';
import { inTurn, PageOrder } from '../../src/lib/built-pages.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('inTurn (pages handed to the search index in the order they started rendering)', () => {
	it('passes items on in the order announced, whatever the order they arrive in, skipping the empty ones', async () => {
		const passed: string[] = [];
		const queue = inTurn<string>(async (item) => {
			await tick();
			passed.push(item);
		});
		const [a, b, c, d] = [queue.announce(), queue.announce(), queue.announce(), queue.announce()];
		const arrivals = [queue.arrive(c, 'c'), queue.arrive(b, undefined), queue.arrive(d, 'd')];
		await tick();
		expect(passed).toEqual([]);
		await Promise.all([...arrivals, queue.arrive(a, 'a')]);
		expect(passed).toEqual(['a', 'c', 'd']);
	});

	it('resolves an arrival only once the item and every one before it are passed on', async () => {
		const passed: number[] = [];
		const queue = inTurn<number>(async (item) => {
			await tick();
			passed.push(item);
		});
		const first = queue.announce();
		const second = queue.announce();
		const late = queue.arrive(second, 2);
		await queue.arrive(first, 1);
		await late;
		expect(passed).toEqual([1, 2]);
	});
});

describe('PageOrder (pages reach the search index in the previous build’s order)', () => {
	const files = (pages: [string, unknown][]) => pages.map(([file]) => file);

	it('passes pages on as they come when they come in the previous order, or when there is none', () => {
		const order = new PageOrder(['a', 'b', 'c']);
		expect(files(order.take('a', 1))).toEqual(['a']);
		expect(files(order.take('b', 2))).toEqual(['b']);
		expect(files(order.take('c', 3))).toEqual(['c']);
		const first = new PageOrder();
		expect(files(first.take('z', 1))).toEqual(['z']);
		expect(files(first.take('y', 2))).toEqual(['y']);
		expect(first.passed).toEqual(['z', 'y']);
	});

	it('holds pages after one that has not come (copied from the previous build), until it comes or the rest is asked for', () => {
		const order = new PageOrder(['a', 'b', 'c', 'd']);
		expect(files(order.take('a', 1))).toEqual(['a']);
		expect(order.take('c', 3)).toEqual([]);
		expect(order.take('d', 4)).toEqual([]);
		expect(order.take('b', 2)).toEqual([
			['b', 2],
			['c', 3],
			['d', 4],
		]);
		expect(order.passed).toEqual(['a', 'b', 'c', 'd']);
	});

	it('puts pages the previous build did not have last, in the order they came, and skips those that never came', () => {
		const order = new PageOrder(['a', 'b', 'c']);
		expect(order.take('new-2', 0)).toEqual([]);
		expect(files(order.take('a', 1))).toEqual(['a']);
		expect(order.take('new-1', 0)).toEqual([]);
		expect(order.take('c', 3)).toEqual([]);
		expect(files(order.rest())).toEqual(['c', 'new-2', 'new-1']);
		expect(order.passed).toEqual(['a', 'c', 'new-2', 'new-1']);
		expect(order.rest()).toEqual([]);
	});

	it('arranges files in its order, the previous build’s pages first, then the others by name', () => {
		const order = new PageOrder(['c', 'a', 'b']);
		expect(order.arrange(['z', 'a', 'y', 'b', 'c'])).toEqual(['c', 'a', 'b', 'y', 'z']);
		expect(new PageOrder().arrange(['b', 'a'])).toEqual(['a', 'b']);
	});
});
