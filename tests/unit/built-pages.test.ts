import { describe, expect, it } from 'vitest';
import { inTurn } from '../../src/lib/built-pages.ts';

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
