import type { Locale } from '../i18n/config';
import type { PluralMessage } from '../i18n/ui';
import { excerpt } from '../search/excerpt';
import { normalizeArabic } from '../search/normalize-arabic';
import type { PagefindApi, PagefindResult } from '../search/pagefind-api';
import { searchKinds, type SearchMeta } from '../search/records';
import { element, isolated } from './search-render';

/** The query parameter: `/en/search/?q=lima`, so a search can be shared and the form works as GET. */
export const queryParameter = 'q';
/** Results shown at once, and added by each "More results". */
const pageSize = 10;
const typingPauseMs = 200;

/** The interface strings the script needs, written into the page as `data-strings` (see search/index.astro). */
export interface SearchStrings {
	loading: string;
	failed: string;
	none: string;
	/** By plural category (`Intl.PluralRules`), with `{{n}}` and `{{query}}`. */
	results: PluralMessage;
	kinds: Record<(typeof searchKinds)[number], string>;
}

/**
 * The search page: the form searches as the reader types (and on submit), keeps the query in the
 * address, and lists the results with an excerpt cut from the original text. Pagefind (its
 * script, its WebAssembly and the index) loads only when there is something to search for.
 */
export function enhanceSearch(): void {
	const form = document.querySelector<HTMLFormElement>('form[data-search]');
	if (!form) return;
	// The page names its locale and that locale's Intl tag (Latin digits, as everywhere on the
	// site), so this script needs no copy of the locale table: the site script, on every page,
	// would otherwise share it as one more file to request.
	const { locale, intl } = form.dataset as { locale: Locale; intl: string };
	const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
	const status = document.querySelector<HTMLElement>('[data-search-status]')!;
	const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
	const more = document.querySelector<HTMLButtonElement>('[data-search-more]')!;
	const strings = JSON.parse(form.dataset['strings']!) as SearchStrings;
	const plural = new Intl.PluralRules(intl);
	let pagefind: Promise<PagefindApi> | undefined;
	let shown: PagefindResult[] = [];
	let remaining: PagefindResult[] = [];
	let query = '';

	const load = () =>
		(pagefind ??= (import(/* @vite-ignore */ form.dataset['bundle']!) as Promise<PagefindApi>).then(
			async (api) => {
				await api.options({ baseUrl: form.dataset['base']! });
				await api.init();
				return api;
			},
		));

	const run = async (text: string) => {
		query = text.trim();
		keepInAddress(query);
		if (!normalizeArabic(query).trim()) {
			status.textContent = '';
			list.replaceChildren();
			more.hidden = true;
			return;
		}
		if (!pagefind) status.textContent = strings.loading;
		try {
			const api = await load();
			const search = await api.debouncedSearch(normalizeArabic(query), {}, typingPauseMs);
			if (!search) return; // A newer query took over.
			shown = [];
			remaining = search.results;
			list.replaceChildren();
			const count = search.results.length;
			status.textContent =
				count === 0
					? fill(strings.none, count)
					: fill(strings.results[plural.select(count)] ?? strings.results.other, count);
			await showMore();
		} catch (error) {
			pagefind = undefined;
			status.textContent = strings.failed;
			console.warn('Search could not run:', error);
		}
	};

	const showMore = async () => {
		const next = remaining.slice(0, pageSize);
		remaining = remaining.slice(pageSize);
		const forQuery = query;
		const items = await Promise.all(
			next.map(async (result) => renderResult(await result.data(), forQuery)),
		);
		if (forQuery !== query) return;
		list.append(...items);
		shown.push(...next);
		more.hidden = remaining.length === 0;
	};

	const fill = (template: string, count: number) =>
		template.replace('{{n}}', count.toLocaleString(intl)).replace('{{query}}', query);

	const renderResult = (
		{ url, meta }: { url: string; meta: Record<string, string> },
		forQuery: string,
	): HTMLLIElement => {
		const { title, kind, detail, text } = meta as unknown as SearchMeta;
		const item = element('li', 'search-result');
		const label = element('p', 'search-result-kind');
		label.append(strings.kinds[kind] ?? kind);
		if (detail) label.append(' · ', ...isolated([{ text: detail, match: false }], locale));
		const heading = element('h2', 'search-result-title');
		const link = element('a');
		link.href = url;
		link.append(...isolated(excerpt(title, forQuery, Number.POSITIVE_INFINITY), locale));
		heading.append(link);
		const passage = element('p', 'search-result-excerpt');
		passage.append(...isolated(excerpt(text, forQuery), locale));
		item.append(label, heading, passage);
		return item;
	};

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		void run(input.value);
	});
	input.addEventListener('input', () => void run(input.value));
	more.addEventListener('click', () => {
		const firstNew = shown.length;
		void showMore().then(() => list.children[firstNew]?.querySelector('a')?.focus());
	});

	const initial = new URLSearchParams(location.search).get(queryParameter) ?? '';
	if (initial) {
		input.value = initial;
		void run(initial);
	}
}

/** Puts the query in the address without adding a history entry for every keystroke. */
function keepInAddress(query: string): void {
	const url = new URL(location.href);
	if (query) url.searchParams.set(queryParameter, query);
	else url.searchParams.delete(queryParameter);
	history.replaceState(history.state, '', url);
}
