/** How a page presents itself when its link is shared (Open Graph, Twitter card, JSON-LD). */
export interface PageSharing {
	/** `article` for the article in either language; `website` (the default) for everything else. */
	type?: 'article' | 'website';
	/** The 1200×630 preview image: its site path (without base) and what it shows, in words. */
	image?: { path: string; alt: string };
	/**
	 * Site path of the page search engines should index instead of this one. Share pages set it to
	 * the article; `og:url` stays this page, because preview crawlers fetch `og:url` and would
	 * otherwise show the article's preview instead of the paragraph's.
	 */
	canonicalPath?: string;
	/** Structured data (schema.org objects) for this page, written as JSON-LD. */
	jsonLd?: readonly Record<string, unknown>[];
}
