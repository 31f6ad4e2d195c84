/**
 * The part of Pagefind's browser API (`pagefind/pagefind.js`, written by the build) the search
 * page uses. Pagefind publishes no types for it; these follow its documentation and the bundle.
 */
export interface PagefindApi {
	options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
	init(): Promise<void>;
	/** Resolves to `null` when a newer search superseded this one. */
	debouncedSearch(
		query: string,
		options?: object,
		timeoutMs?: number,
	): Promise<PagefindSearch | null>;
}

export interface PagefindSearch {
	results: PagefindResult[];
}

export interface PagefindResult {
	id: string;
	data(): Promise<PagefindResultData>;
}

export interface PagefindResultData {
	/** The record's URL with the base in front. */
	url: string;
	meta: Record<string, string>;
}
