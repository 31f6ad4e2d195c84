import { getCollection, render, type CollectionEntry } from 'astro:content';
import received from '../../content/article/original.txt?raw';
import { localeCodes, type Locale } from '../i18n/config';
import type { ArticleFrontmatterData } from '../markdown/remark-article-paragraphs';
import { checkParagraphParity } from './checks/paragraph-parity';
import { assertNoProblems, type ContentProblem } from './checks/problems';
import { checkProvenanceAgreement } from './checks/provenance-agreement';
import { checkVerbatim } from './checks/verbatim';

/** Where the text as received is kept; the original's paragraphs must match it line for line. */
export const receivedFile = 'content/article/original.txt';

/** One language version of the article, rendered and checked. */
export interface Article {
	locale: Locale;
	entry: CollectionEntry<'article'>;
	file: string;
	Content: Awaited<ReturnType<typeof render>>['Content'];
	paragraphs: ArticleFrontmatterData['paragraphs'];
	annotations: ArticleFrontmatterData['annotations'];
}

let loading: Promise<Record<Locale, Article>> | undefined;

/**
 * Every language version of the article, after the content checks: one file per locale, exactly
 * one original, the same paragraph ids everywhere, the same provenance facts, and the original
 * identical to the text as received. Any problem fails the build with the file named.
 */
export function loadArticles(): Promise<Record<Locale, Article>> {
	loading ??= loadAndCheck();
	return loading;
}

async function loadAndCheck(): Promise<Record<Locale, Article>> {
	const entries = await getCollection('article');
	const problems: ContentProblem[] = localeCodes
		.filter((locale) => !entries.some((entry) => entry.id === locale))
		.map((locale) => ({ file: `content/article/${locale}.md`, message: 'is missing: every locale needs a version of the article' }));
	problems.push(
		...entries
			.filter((entry) => !localeCodes.some((locale) => locale === entry.id))
			.map((entry) => ({ file: fileOf(entry), message: `is not named after a locale (${localeCodes.join(', ')})` })),
	);
	const originals = entries.filter((entry) => entry.data.role === 'original');
	if (originals.length !== 1) {
		problems.push({ file: 'content/article/', message: `needs exactly one file with role: original, found ${originals.length}` });
	}
	assertNoProblems(problems);

	const articles = Object.fromEntries(
		await Promise.all(
			localeCodes.map(async (locale) => {
				const entry = entries.find((candidate) => candidate.id === locale)!;
				const { Content, remarkPluginFrontmatter } = await render(entry);
				const { paragraphs, annotations } = remarkPluginFrontmatter as ArticleFrontmatterData;
				return [locale, { locale, entry, file: fileOf(entry), Content, paragraphs, annotations }] as const;
			}),
		),
	) as Record<Locale, Article>;

	const original = Object.values(articles).find((article) => article.entry.data.role === 'original')!;
	const others = Object.values(articles).filter((article) => article !== original);
	assertNoProblems([
		...checkVerbatim(original.file, original.paragraphs, receivedFile, received),
		...checkParagraphParity(idsOf(original), others.map(idsOf)),
		...checkProvenanceAgreement(
			{ file: original.file, data: original.entry.data },
			others.map((article) => ({ file: article.file, data: article.entry.data })),
		),
	]);
	return articles;
}

function fileOf(entry: CollectionEntry<'article'>): string {
	return entry.filePath ?? `content/article/${entry.id}.md`;
}

function idsOf(article: Article) {
	return { file: article.file, ids: article.paragraphs.map(({ id }) => id) };
}
