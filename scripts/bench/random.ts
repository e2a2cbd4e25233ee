/**
 * A seeded pseudo-random source (mulberry32): the same seed always yields the same synthetic
 * catalogue, so benchmark figures compare across runs and machines.
 */
export interface Random {
	/** Uniform in [0, 1). */
	next(): number;
	/** Integer in [min, max]. */
	int(min: number, max: number): number;
	chance(probability: number): boolean;
	pick<T>(items: readonly T[]): T;
	/**
	 * An item drawn with Zipf-like weights (the first items far more often), as real catalogues
	 * cite a few documents and organisations much more than the others.
	 */
	zipf<T>(items: readonly T[]): T;
	/** `count` distinct items (fewer if the list is shorter), Zipf-weighted. */
	some<T>(items: readonly T[], count: number): T[];
	/** A count around `mean` (geometric-like spread, never negative). */
	around(mean: number): number;
}

export function seeded(seed: number): Random {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
	// Inverse of a continuous 1/x law over [1, n + 1): P(rank k) falls off like 1/k.
	const zipfIndex = (n: number) => Math.min(n - 1, Math.floor(Math.exp(next() * Math.log(n + 1)) - 1));
	const random: Random = {
		next,
		int,
		chance: (p) => next() < p,
		pick: (items) => items[Math.floor(next() * items.length)]!,
		zipf: (items) => items[zipfIndex(items.length)]!,
		some(items, count) {
			const chosen = new Set<(typeof items)[number]>();
			const wanted = Math.min(count, items.length);
			// Zipf draws repeat the head often; after a few misses, fall back to uniform draws.
			for (let tries = 0; chosen.size < wanted; tries++) chosen.add(tries < wanted * 4 ? random.zipf(items) : random.pick(items));
			return [...chosen];
		},
		around(mean) {
			if (mean <= 0) return 0;
			// Sum of a whole part and a Bernoulli remainder, spread ±50 %: the mean is kept exactly.
			const spread = mean * (0.5 + next());
			const whole = Math.floor(spread);
			return whole + (next() < spread - whole ? 1 : 0);
		},
	};
	return random;
}
