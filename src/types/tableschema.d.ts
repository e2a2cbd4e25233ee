/** The parts of tableschema (Frictionless Data's Table Schema library) the tests use; it ships no type declarations. */
declare module 'tableschema' {
	export function validate(descriptor: unknown): Promise<{ valid: boolean; errors: Error[] }>;
	export class Table {
		static load(source: string, options: { schema: unknown; headers?: number; bom?: boolean; delimiter?: string }): Promise<Table>;
		headers: string[];
		read(options?: { keyed?: boolean; forceCast?: boolean }): Promise<unknown[]>;
	}
}
