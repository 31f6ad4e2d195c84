/** Fragment of a source on the sources page: `s-xinhua-oas-meets-cancun-with`. */
export function sourceEntryAnchor(id: string): string {
	return `s-${id}`;
}
