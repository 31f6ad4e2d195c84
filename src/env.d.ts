/// <reference types="astro/client" />

declare namespace App {
	interface Locals {
		/** The page's language and what depends on it, set by `src/middleware.ts` from the route. */
		route: import('./routing/route-context').RouteContext;
	}
}

/** `subset-font` ships no types: HarfBuzz's subsetter, from a font buffer and the text to keep. */
declare module 'subset-font' {
	export default function subsetFont(
		font: Buffer,
		text: string,
		options?: { targetFormat?: 'woff2' | 'woff' | 'truetype' | 'sfnt' },
	): Promise<Buffer>;
}
