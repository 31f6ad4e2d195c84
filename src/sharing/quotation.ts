/**
 * Unicode's directional isolates: the Arabic quote, the Latin link and the sentence around them
 * each keep their own order when the plain text is pasted into an editor of either direction.
 */
const isolate = {
	rtl: (text: string) => `\u2067${text}\u2069`, // RIGHT-TO-LEFT ISOLATE … POP DIRECTIONAL ISOLATE
	ltr: (text: string) => `\u2066${text}\u2069`, // LEFT-TO-RIGHT ISOLATE … POP DIRECTIONAL ISOLATE
};

/**
 * A quotation as plain text: the words in the reader's quotation marks, then where they come
 * from (publisher, date, translator) and the link, from the page's template
 * (`«{{quote}}» — {{source}}، {{date}}. {{url}}`, filled with the source and date at build time).
 * The quote is isolated in its own direction and the link left to right.
 */
export function formatQuotation(
	template: string,
	quote: string,
	quoteDirection: 'rtl' | 'ltr',
	url: string,
): string {
	// Filled in one pass, so words of the quote that look like a placeholder stay words.
	const filled = {
		'{{quote}}': isolate[quoteDirection](tidyQuote(quote)),
		'{{url}}': isolate.ltr(url),
	};
	return template
		.split(/(\{\{quote\}\}|\{\{url\}\})/)
		.map((part) => (part === '{{quote}}' || part === '{{url}}' ? filled[part] : part))
		.join('');
}

/** One line, and no comma or semicolon left hanging where the reader's selection stopped. */
function tidyQuote(quote: string): string {
	return quote
		.replace(/\s+/gu, ' ')
		.trim()
		.replace(/[،,؛;:]$/u, '');
}
