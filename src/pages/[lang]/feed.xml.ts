import type { APIRoute } from 'astro';
import { Feed } from 'feed';
import { notesOf } from '../../data/annotations';
import { loadArticles } from '../../data/articles';
import { eventsConcerning, loadTimeline } from '../../data/timeline';
import { lastUpdated } from '../../data/update-dates';
import { urls } from '../../routing/href';
import { localeStaticPaths } from '../../routing/locale-paths';

/**
 * `/<lang>/feed.xml`: an Atom feed of every article in one language, newest first, each entry
 * with its standfirst and a link to it. Written by the `feed` library (escaping, dates and the
 * Atom structure are its job). An entry is published on its original's publication date and
 * updated on the day of the latest correction to its notes or events (or its publication date),
 * so a rebuild of the same content writes the same file.
 */
export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = async ({ locals, site }) => {
	const { locale, lang, t } = locals.route;
	const absolute = (path: string) => new URL(path, site).href;
	const [articles, timeline] = await Promise.all([loadArticles(), loadTimeline()]);
	const publishedOf = (index: number) =>
		articles[index]!.versions[locale].entry.data.provenance.published.latest;
	const updatedOf = await Promise.all(
		articles.map(async (article, index) => {
			const corrected = lastUpdated([
				...(await notesOf(article, locale)).flatMap(({ entry }) => entry.data.updates),
				...eventsConcerning(timeline[locale], { article: article.slug }).flatMap(
					({ entry }) => entry.data.updates,
				),
			]);
			return corrected ? new Date(corrected) : publishedOf(index);
		}),
	);
	const feed = new Feed({
		id: absolute(urls.home(locale)),
		link: absolute(urls.home(locale)),
		title: t('feed.title'),
		description: t('feed.description'),
		language: lang,
		updated: updatedOf.length > 0 ? new Date(Math.max(...updatedOf.map(Number))) : new Date(0),
		generator: false,
		feedLinks: { atom: absolute(urls.feed(locale)) },
		favicon: absolute(urls.file('favicon.svg')),
		copyright: t('footer.note'),
	});
	articles.forEach((article, index) => {
		const { title, standfirst, provenance } = article.versions[locale].entry.data;
		const link = absolute(urls.article(locale, article.slug));
		feed.addItem({
			id: link,
			link,
			title,
			description: standfirst,
			date: updatedOf[index]!,
			published: publishedOf(index),
			author: [{ name: provenance.publisher }],
		});
	});
	return new Response(feed.atom1(), {
		headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
	});
};
