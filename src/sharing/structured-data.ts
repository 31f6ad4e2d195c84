import type { ArticleFrontmatter } from '../schemas/article';

/**
 * schema.org `NewsArticle` for one language version of the article. The Arabic original and the
 * English translation point at each other (`workTranslation` / `translationOfWork`), each says
 * its `inLanguage`, and both name the broadcaster that published the commentary and the page it
 * came from (`isBasedOn`).
 */
export function newsArticleData(options: {
	article: ArticleFrontmatter;
	lang: string;
	/** Absolute URLs of this version and of the other language versions, and of its image. */
	url: string;
	otherUrls: string[];
	imageUrl: string;
	siteName: string;
	/** The day of the latest correction to the article's notes or events, if any. */
	dateModified?: string | undefined;
}): Record<string, unknown> {
	const { article, lang, url, otherUrls, imageUrl, siteName, dateModified } = options;
	const others = otherUrls.map((other) => ({ '@id': other }));
	return {
		'@context': 'https://schema.org',
		'@type': 'NewsArticle',
		'@id': url,
		headline: article.title,
		description: article.standfirst,
		inLanguage: lang,
		image: imageUrl,
		author: { '@type': 'Organization', name: article.provenance.publisher },
		isBasedOn: article.provenance.url,
		publisher: { '@type': 'Organization', name: siteName },
		...(dateModified ? { dateModified } : {}),
		...(article.role === 'original'
			? { workTranslation: others }
			: { translationOfWork: others[0], translator: { '@type': 'Organization', name: siteName } }),
	};
}

/** Verdicts that rate a claim's truth; "unverified" and "opinion" do not, so they get no ClaimReview. */
const ratedVerdicts = new Set(['accurate', 'needs-context', 'partly-inaccurate', 'inaccurate']);

/**
 * schema.org `ClaimReview` for a fact-check note, on the note's own page: the claim in the
 * commentary's words, where it appeared (the broadcaster's page), and our verdict in words
 * (`alternateName`; we use no numeric scale). `undefined` for notes that are not rated
 * fact-checks.
 */
export function claimReviewData(options: {
	note: { kind: string; verdict?: string | undefined; quote: string };
	verdictLabel: string;
	article: ArticleFrontmatter;
	lang: string;
	/** Absolute URL of the note's page. */
	url: string;
	siteName: string;
}): Record<string, unknown> | undefined {
	const { note, verdictLabel, article, lang, url, siteName } = options;
	if (note.kind !== 'fact-check' || !note.verdict || !ratedVerdicts.has(note.verdict))
		return undefined;
	return {
		'@context': 'https://schema.org',
		'@type': 'ClaimReview',
		url,
		inLanguage: lang,
		claimReviewed: note.quote,
		itemReviewed: {
			'@type': 'Claim',
			author: { '@type': 'Organization', name: article.provenance.publisher },
			appearance: { '@type': 'OpinionNewsArticle', url: article.provenance.url },
		},
		author: { '@type': 'Organization', name: siteName },
		reviewRating: { '@type': 'Rating', alternateName: verdictLabel },
	};
}
