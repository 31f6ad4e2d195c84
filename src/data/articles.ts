import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { paragraphNumber } from '../content-model/paragraph-ids';
import { localeCodes, type Locale } from '../i18n/config';
import type { ArticleFrontmatterData } from '../markdown/remark-article-paragraphs';
import {
	articlesFolder,
	checkArticleFolders,
	receivedFileName,
	type ArticleFolder,
} from './checks/article-folders';
import { checkParagraphParity } from './checks/paragraph-parity';
import { checkPlaceholders } from './checks/placeholders';
import { assertNoProblems, type ContentProblem } from './checks/problems';
import { checkProvenanceAgreement } from './checks/provenance-agreement';
import { checkSegmentAlignment } from './checks/segment-alignment';
import { checkVerbatim } from './checks/verbatim';
import { ownSegments } from './own-segments';

/** One language version of an article, rendered and checked. */
export interface ArticleVersion {
	locale: Locale;
	entry: CollectionEntry<'articles'>;
	file: string;
	paragraphs: ArticleFrontmatterData['paragraphs'];
	annotations: ArticleFrontmatterData['annotations'];
}

/** One article of the publication: a folder of `content/articles/`, in every language. */
export interface Article {
	/** The folder's name, which is the article's address: `/<lang>/<slug>/`. */
	slug: string;
	/** The language the text was written in (the version with `role: original`). */
	original: Locale;
	versions: Record<Locale, ArticleVersion>;
}

let loading: Promise<Article[]> | undefined;

/**
 * Every article, newest first (by the latest day it may have been published, then by slug), after
 * the content checks: each folder holds the text as received and one file per locale, exactly one
 * of them the original; every version has the same paragraph ids and provenance facts; the
 * original is identical to the text as received. Any problem fails the build with the file named.
 */
export function loadArticles(): Promise<Article[]> {
	loading ??= loadAndCheck();
	return loading;
}

/** One article by its slug; fails the build, naming the slugs there are, on an unknown one. */
export async function getArticle(slug: string): Promise<Article> {
	const articles = await loadArticles();
	const article = articles.find((candidate) => candidate.slug === slug);
	if (!article)
		throw new Error(
			`No article "${slug}" in ${articlesFolder}/ (there are: ${articles.map(({ slug: known }) => known).join(', ')})`,
		);
	return article;
}

async function loadAndCheck(): Promise<Article[]> {
	const entries = await getCollection('articles');
	const folders = readFolders();
	assertNoProblems(
		checkArticleFolders(
			folders,
			entries.map((entry) => ({ id: entry.id, file: fileOf(entry), role: entry.data.role })),
		),
	);
	const articles = await Promise.all(folders.map((folder) => loadArticle(folder, entries)));
	return articles.sort((a, b) => latest(b) - latest(a) || a.slug.localeCompare(b.slug));
}

async function loadArticle(
	folder: ArticleFolder,
	entries: CollectionEntry<'articles'>[],
): Promise<Article> {
	const versions = Object.fromEntries(
		await Promise.all(
			localeCodes.map(async (locale) => {
				const entry = entries.find((candidate) => candidate.id === `${folder.slug}/${locale}`)!;
				// Rendered for what the plugins record (paragraphs, their HTML, annotations); the page lays
				// the paragraphs out itself, beside their notes.
				const { remarkPluginFrontmatter } = await render(entry);
				const { paragraphs, annotations } = remarkPluginFrontmatter as ArticleFrontmatterData;
				return [locale, { locale, entry, file: fileOf(entry), paragraphs, annotations }] as const;
			}),
		),
	) as Record<Locale, ArticleVersion>;

	const original = Object.values(versions).find(
		(version) => version.entry.data.role === 'original',
	)!;
	const others = Object.values(versions).filter((version) => version !== original);
	const receivedFile = join(folder.path, receivedFileName);
	const sources = new Map(
		Object.values(versions).map((version) => [version, readFileSync(version.file, 'utf8')]),
	);
	const segmented = (version: ArticleVersion) => ({
		file: version.file,
		source: sources.get(version)!,
		paragraphs: version.paragraphs,
	});
	const problems: ContentProblem[] = [
		...Object.values(versions).flatMap((version) =>
			checkPlaceholders(version.file, sources.get(version)!),
		),
		...checkVerbatim(
			original.file,
			original.paragraphs,
			receivedFile,
			readFileSync(receivedFile, 'utf8'),
		),
		...checkParagraphParity(idsOf(original), others.map(idsOf)),
		...checkSegmentAlignment(segmented(original), others.map(segmented)),
		...checkProvenanceAgreement(
			{ file: original.file, data: original.entry.data },
			others.map((version) => ({ file: version.file, data: version.entry.data })),
		),
	];
	assertNoProblems(problems);
	return { slug: folder.slug, original: original.locale, versions };
}

/** The folders of `content/articles/`, with the files each holds. */
function readFolders(): ArticleFolder[] {
	if (!existsSync(articlesFolder)) return [];
	return readdirSync(articlesFolder, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => {
			const path = `${articlesFolder}/${entry.name}`;
			return { slug: entry.name, path, files: readdirSync(path) };
		})
		.sort((a, b) => a.slug.localeCompare(b.slug));
}

function latest(article: Article): number {
	return article.versions[article.original].entry.data.provenance.published.latest.getTime();
}

function fileOf(entry: CollectionEntry<'articles'>): string {
	return entry.filePath ?? `${articlesFolder}/${entry.id}.md`;
}

function idsOf(version: ArticleVersion) {
	return { file: version.file, ids: version.paragraphs.map(({ id }) => id) };
}

/** `getStaticPaths` of a page per article and language, with the article as a prop. */
export async function articlePages(): Promise<
	{ params: { lang: Locale; article: string }; props: { article: Article } }[]
> {
	const articles = await loadArticles();
	return articles.flatMap((article) =>
		localeCodes.map((lang) => ({ params: { lang, article: article.slug }, props: { article } })),
	);
}

/**
 * `getStaticPaths` of a share page per segment of every paragraph cut into more than one, per
 * language, as params `{ lang, n, s }` and props `{ article, paragraphId, segmentId }`. A paragraph
 * of one segment is shared as the paragraph.
 */
export function segmentSharePages(article: Article) {
	return localeCodes.flatMap((lang) =>
		ownSegments(article.versions[lang].paragraphs).map(({ paragraph, segment, s }) => ({
			params: { lang, n: String(paragraphNumber(paragraph.id)), s: String(s) },
			props: { article, paragraphId: paragraph.id, segmentId: segment.id },
		})),
	);
}

/**
 * `getStaticPaths` of a share page per paragraph of an article and language, as params
 * `{ lang, n }` (add the article's slug where the route has it) and props `{ article, paragraphId }`.
 */
export function paragraphSharePages(article: Article) {
	return localeCodes.flatMap((lang) =>
		article.versions[lang].paragraphs.map(({ id }) => ({
			params: { lang, n: String(paragraphNumber(id)) },
			props: { article, paragraphId: id },
		})),
	);
}
