import { localeCodes, type Locale } from '../i18n/config';
import { localePath } from '../i18n/routing';
import { annotationIdPattern, noteAnchor, noteReference } from '../content-model/annotation-ids';
import { paragraphIdPattern } from '../content-model/paragraph-ids';
import { paths, type PreviewImageRef, type SiteUrls } from './urls';

/**
 * Addresses the site published before it held several articles, and what became of them.
 * Links to them are in readers' hands, so each keeps leading to the same content; the committed
 * list of every published address (`published-addresses.txt`, checked by a gate) makes sure no
 * build drops one by accident.
 *
 * Until then `/ar/` and `/en/` were the one article; they are now the front pages. The article's
 * fragments (`/ar/#p4`) are sent on by a script on the front page (see `articleFragment`).
 */

/** The article that was the whole site: its old addresses now lead to its new ones. */
export const firstArticle = 'peru-integration';

/** An old page that moved: a forward page stays at `from`, and `_redirects` sends hosts on. */
export interface MovedPage {
	locale: Locale;
	/** Site path of the old address, without the base. */
	from: string;
	/** The new address, from `urls` (site paths by default; pass `siteUrls(base)` for links). */
	to: string;
}

/** Pages that moved under the article's own address. */
export function movedPages(urls: SiteUrls = paths): MovedPage[] {
	return localeCodes.map((locale) => ({
		locale,
		from: localePath(locale, 'parallel'),
		to: urls.parallel(locale, firstArticle),
	}));
}

/**
 * Files kept at their old address as a copy of the new one, because what reads them follows no
 * forward: a JSON file stays JSON, and link-preview crawlers fetch an image at the address a
 * preview they stored names. A path ending in `/` copies the folder's files, not its subfolders
 * (which hold what was added after the move: the segment images under `og/<article>/p/<n>/`).
 */
export interface KeptCopy {
	from: string;
	copyOf: string;
}

export function keptCopies(): KeptCopy[] {
	return localeCodes.flatMap((locale) => {
		// Where the first article's images were: /<lang>/og/article.png and /<lang>/og/p/<n>.png.
		const before = `${localePath(locale)}og/`;
		const image = (ref: PreviewImageRef) => paths.previewImage(locale, ref);
		return [
			{
				from: `${localePath(locale)}paragraphs.json`,
				copyOf: paths.paragraphsFile(locale, firstArticle),
			},
			{ from: `${before}article.png`, copyOf: image({ kind: 'article', article: firstArticle }) },
			{
				from: `${before}p/`,
				copyOf: image({ kind: 'paragraph', article: firstArticle, n: 1 }).replace(/1\.png$/, ''),
			},
		];
	});
}

/**
 * The old share pages of the first article's paragraphs, `/<lang>/p/<n>/`, stay real pages
 * (crawlers run no script and follow no meta refresh, so a forward would lose the preview), with
 * their old preview image.
 */
export function formerParagraphShare(locale: Locale, n: number): { path: string; image: string } {
	return { path: localePath(locale, `p/${n}`), image: `${localePath(locale)}og/p/${n}.png` };
}

/**
 * The fragments the first article had at `/<lang>/`: paragraphs, notes and the words they
 * annotate. The front page sends a reader who arrives with one on to the article.
 */
export const articleFragment = new RegExp(
	`^#(${paragraphIdPattern.source.replace(/^\^|\$$/g, '')}|(${noteAnchor('')}|${noteReference('')})${annotationIdPattern.source.replace(/^\^|\$$/g, '')})$`,
);
