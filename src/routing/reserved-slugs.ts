/** An article's slug, its folder's name and address: lower-case ASCII words joined by hyphens. */
export const articleSlugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Names an article's slug may not take: the site sections whose addresses sit beside articles
 * under /<lang>/ (`/en/glossary/`, `/en/feed.xml`, …). An article with one of these slugs would
 * take that section's address, or lose its own to it.
 */
export const reservedArticleSlugs = [
	'glossary',
	'timeline',
	'search',
	'notes',
	'n',
	'p',
	'og',
	'parallel',
	'feed.xml',
	'paragraphs.json',
	'404',
	'sources',
	'method',
	'corrections',
] as const;

/** Whether a slug is one of the reserved names. */
export function isReservedSlug(slug: string): boolean {
	return (reservedArticleSlugs as readonly string[]).includes(slug);
}
