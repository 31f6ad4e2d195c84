/**
 * The part of Pagefind's browser API (`pagefind/pagefind.js`, written by the build) the search
 * page uses. Pagefind publishes no types for it; these follow its documentation and the bundle.
 */
export interface PagefindApi {
	options(options: {
		baseUrl?: string;
		excerptLength?: number;
		ranking?: { metaWeights?: Record<string, number> };
	}): Promise<void>;
	init(): Promise<void>;
	/** Every filter value with its count; loads the filter index. */
	filters(): Promise<Record<string, Record<string, number>>>;
	search(query: string, options?: PagefindSearchOptions): Promise<PagefindSearch>;
	/** Resolves to `null` when a newer search superseded this one. */
	debouncedSearch(
		query: string,
		options?: PagefindSearchOptions,
		timeoutMs?: number,
	): Promise<PagefindSearch | null>;
}

export interface PagefindSearchOptions {
	filters?: Record<string, string>;
}

export interface PagefindSearch {
	results: PagefindResult[];
	/** Results per filter value, as if no filter were applied (the groups' counts). */
	totalFilters?: Record<string, Record<string, number>>;
}

export interface PagefindResult {
	id: string;
	/** Positions of the matched words in the record's content. */
	words?: number[];
	data(): Promise<PagefindResultData>;
}

export interface PagefindResultData {
	/** The record's URL with the base in front. */
	url: string;
	meta: Record<string, string>;
}
