/** Fragment of a timeline event on the timeline page (and in the compact timeline): `e-lima-declaration`. */
export function eventAnchor(slug: string): string {
	return `e-${slug}`;
}
