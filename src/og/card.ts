import type { Locale } from '../i18n/config';

/** What one preview image says. Every text is in the card's locale and set in its direction. */
export interface PreviewCard {
	locale: Locale;
	/** A short line above the title: what the card is about ("Paragraph 4", "Fact-check · Needs context"). */
	kicker: string;
	/** The main text, set as large as it fits. */
	title: string;
	/** Optional smaller text under the title, cut with an ellipsis when it does not fit. */
	body?: string;
	/** Which text is a quotation, set with a rule on its start side, as quotations are on the site. */
	quoted?: 'title' | 'body';
	/** The site's name, in the footer. */
	siteName: string;
}
