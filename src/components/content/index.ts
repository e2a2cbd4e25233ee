/**
 * The components every MDX body may use without importing them: the page hands this map to
 * `<Content components={…}>`. The content linter's allowlist (src/lib/content-check/allowlist.ts)
 * names the same components with their attributes; a unit test keeps the two in step.
 */
import Encadre from './Encadre.astro';

export const contentComponents = { Encadre };
