import { distance } from 'fastest-levenshtein';
import type { Locale } from '../i18n/config';
import type { PluralMessage } from '../i18n/ui';
import { excerpt, queryTerms } from '../search/excerpt';
import { normalizeArabic } from '../search/normalize-arabic';
import type { PagefindApi, PagefindResult, PagefindResultData } from '../search/pagefind-api';
import { exactFirst, namedTerm, phraseFirst } from '../search/ranking';
import { metaWeights, searchKinds, type SearchKind, type SearchMeta } from '../search/records';
import { fold } from '../search/term-names';
import { element, isolated } from './search-render';

/** The query parameters: `/en/search/?q=lima&kind=note`, so a search, filtered or not, can be shared. */
export const queryParameter = 'q';
export const kindParameter = 'kind';
/** Results shown at once in one kind (and added by each "More results"). */
const pageSize = 10;
/** Results shown per group when every kind is shown: four groups stay within the page's requests. */
const perGroup = 3;
const typingPauseMs = 200;

/** The interface strings the script needs, written into the page as `data-strings` (see search/index.astro). */
export interface SearchStrings {
	loading: string;
	failed: string;
	none: string;
	/** By plural category (`Intl.PluralRules`), with `{{n}}` and `{{query}}`. */
	results: PluralMessage;
	/** A result's label: what it is. */
	kinds: Record<SearchKind, string>;
	/** A group's heading. */
	groups: Record<SearchKind, string>;
	all: string;
	/** With `{{n}}`. */
	showAll: string;
	answer: string;
	suggest: string;
	/** With `{{query}}`. */
	otherLanguage: string;
	more: string;
}

/**
 * A glossary term as the page knows it (`data-terms`): for the answer when the query names it,
 * and for the suggestions when nothing is found. Known to the page, the answer costs no request.
 */
export interface PageTerm {
	name: string;
	href: string;
	/** Its names and aliases in every language, so a name in either script names it. */
	names: string[];
	summary: string;
}

/**
 * The search page: the form searches as the reader types (and on submit), keeps the query and the
 * chosen kind in the address, and shows a term the query names first, then the results grouped by
 * kind with each group's count, or one kind alone. With no result it says so, suggests the nearest
 * glossary terms and offers the other language's search. Pagefind (its script, its WebAssembly
 * and the index) loads only when there is something to search for.
 */
export function enhanceSearch(): void {
	const form = document.querySelector<HTMLFormElement>('form[data-search]');
	if (!form) return;
	// The page names its locale and that locale's Intl tag (Latin digits, as everywhere on the
	// site), so this script needs no copy of the locale table.
	const { locale, intl } = form.dataset as { locale: Locale; intl: string };
	const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
	const status = document.querySelector<HTMLElement>('[data-search-status]')!;
	const filters = document.querySelector<HTMLElement>('[data-search-filters]')!;
	const output = document.querySelector<HTMLElement>('[data-search-output]')!;
	const strings = JSON.parse(form.dataset['strings']!) as SearchStrings;
	const terms = JSON.parse(form.dataset['terms']!) as PageTerm[];
	const plural = new Intl.PluralRules(intl);
	let pagefind: Promise<PagefindApi> | undefined;
	let query = '';
	let kind: SearchKind | undefined = kindFrom(new URLSearchParams(location.search));

	const load = () =>
		(pagefind ??= (import(/* @vite-ignore */ form.dataset['bundle']!) as Promise<PagefindApi>).then(
			async (api) => {
				await api.options({ baseUrl: form.dataset['base']!, ranking: { metaWeights } });
				await api.init();
				// Loads the filter index (one request), without which Pagefind counts no kinds.
				await api.filters();
				return api;
			},
		));

	const clear = () => {
		status.textContent = '';
		filters.replaceChildren();
		output.replaceChildren();
	};

	const run = async (text: string) => {
		query = text.trim();
		keepInAddress(query, kind);
		const folded = normalizeArabic(query).trim();
		if (!folded) return clear();
		if (!pagefind) status.textContent = strings.loading;
		try {
			const api = await load();
			const search = await api.debouncedSearch(
				folded,
				// An empty filter still makes Pagefind count the results of each kind (`totalFilters`).
				{ filters: kind ? { kind } : {} },
				typingPauseMs,
			);
			if (!search) return; // A newer query took over.
			const forQuery = query;
			const counts = search.totalFilters?.['kind'] ?? {};
			const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
			const count = kind ? (counts[kind] ?? 0) : total;
			const rendered =
				count === 0
					? noResults()
					: kind
						? await oneKind(kind, search.results)
						: await everyKind(api, folded, counts);
			if (forQuery !== query) return;
			filters.replaceChildren(...(total > 0 ? filterLinks(counts, total) : []));
			output.replaceChildren(...rendered);
			// Announced once, when the results are there: the status is a live region.
			status.textContent =
				count === 0
					? fill(strings.none, count)
					: fill(strings.results[plural.select(count)] ?? strings.results.other, count);
		} catch (error) {
			pagefind = undefined;
			status.textContent = strings.failed;
			console.warn('Search could not run:', error);
		}
	};

	/** The term the query names, then each kind's first results under its heading and count. */
	const everyKind = async (api: PagefindApi, folded: string, counts: Record<string, number>) => {
		const answer = namedTerm(terms, query, ({ names }) => names);
		const nodes: HTMLElement[] = answer ? [answerBox(answer)] : [];
		for (const inKind of searchKinds) {
			const n = counts[inKind] ?? 0;
			// Each kind searched on its own: the index is already loaded, so this costs no request
			// but the results' own fragments.
			const { results } =
				n > 0 ? await api.search(folded, { filters: { kind: inKind } }) : { results: [] };
			// The answer, shown above, is not shown again in the glossary's group (which may then be
			// empty: the answer was the glossary's one result).
			const loaded = (await loadRanked(results.slice(0, perGroup))).filter(
				({ url }) => url !== answer?.href,
			);
			if (loaded.length > 0) nodes.push(group(inKind, n, loaded, n > perGroup));
		}
		return nodes;
	};

	/** One kind: its results ten at a time. */
	const oneKind = async (only: SearchKind, results: PagefindResult[]) => {
		let remaining = phraseFirst(results, queryTerms(query).length);
		const section = group(only, results.length, [], false);
		const list = section.querySelector('ol')!;
		const more = element('button', 'search-more');
		more.type = 'button';
		more.textContent = strings.more;
		const showMore = async () => {
			const next = remaining.slice(0, pageSize);
			remaining = remaining.slice(pageSize);
			const firstNew = list.children.length;
			list.append(...(await loadRanked(next)).map((data) => result(data)));
			more.hidden = remaining.length === 0;
			return firstNew;
		};
		await showMore();
		more.addEventListener('click', () => {
			void showMore().then((firstNew) => list.children[firstNew]?.querySelector('a')?.focus());
		});
		return [section, more];
	};

	/** Pagefind's order, phrases first, the loaded page then re-ranked by exact matches. */
	const loadRanked = async (results: PagefindResult[]) => {
		const loaded = await Promise.all(
			phraseFirst(results, queryTerms(query).length).map((found) => found.data()),
		);
		return exactFirst(loaded, query, fieldsOf);
	};

	const group = (inKind: SearchKind, n: number, loaded: PagefindResultData[], seeAll: boolean) => {
		const section = element('section', 'search-group');
		const heading = element('h2', 'search-group-title');
		heading.id = `results-${inKind}`;
		heading.textContent = `${strings.groups[inKind]} (${n.toLocaleString(intl)})`;
		section.setAttribute('aria-labelledby', heading.id);
		const list = element('ol', 'search-results');
		list.append(...loaded.map((data) => result(data)));
		section.append(heading, list);
		if (seeAll) section.append(kindLink(inKind, strings.showAll.replace('{{n}}', String(n))));
		return section;
	};

	const answerBox = ({ name, href, summary }: PageTerm) => {
		const box = element('section', 'search-answer');
		box.setAttribute('aria-labelledby', 'search-answer-title');
		const label = element('p', 'search-result-kind');
		label.textContent = strings.answer;
		const heading = element('h2', 'search-answer-title');
		heading.id = 'search-answer-title';
		const link = element('a');
		link.href = href;
		link.append(...isolated([{ text: name, match: false }], locale));
		heading.append(link);
		const text = element('p');
		text.append(...isolated([{ text: summary, match: false }], locale));
		box.append(label, heading, text);
		return box;
	};

	const result = ({ url, meta }: PagefindResultData): HTMLLIElement => {
		const { title, kind: itsKind, detail, text } = meta as unknown as SearchMeta;
		const item = element('li', 'search-result');
		const label = element('p', 'search-result-kind');
		label.append(strings.kinds[itsKind] ?? itsKind);
		if (detail) label.append(' · ', ...isolated([{ text: detail, match: false }], locale));
		const heading = element('h3', 'search-result-title');
		const link = element('a');
		link.href = url;
		const marked = withOtherScript(query);
		link.append(...isolated(excerpt(title, marked, Number.POSITIVE_INFINITY), locale));
		heading.append(link);
		const passage = element('p', 'search-result-excerpt');
		passage.append(...isolated(excerpt(text, marked), locale));
		item.append(label, heading, passage);
		return item;
	};

	/** All · each kind with its count: links with the choice in the address, followed in place. */
	const filterLinks = (counts: Record<string, number>, total: number) => {
		const list = element('ul', 'search-filters-list');
		const choices: [SearchKind | undefined, string, number][] = [
			[undefined, strings.all, total],
			...searchKinds.map((k): [SearchKind, string, number] => [
				k,
				strings.groups[k],
				counts[k] ?? 0,
			]),
		];
		for (const [choice, label, n] of choices) {
			if (choice && n === 0) continue;
			const item = element('li');
			const link = kindLink(choice, `${label} (${n.toLocaleString(intl)})`);
			if (choice === kind) link.setAttribute('aria-current', 'true');
			item.append(link);
			list.append(item);
		}
		return [list];
	};

	const kindLink = (choice: SearchKind | undefined, label: string) => {
		const link = element('a', 'search-kind-link');
		link.href = addressFor(query, choice);
		link.textContent = label;
		link.addEventListener('click', (event) => {
			event.preventDefault();
			kind = choice;
			void run(input.value).then(() => input.focus());
		});
		return link;
	};

	/** Nothing found: say so, the nearest glossary names, and the same words in the other language. */
	const noResults = () => {
		const nodes: HTMLElement[] = [];
		const wanted = fold(query);
		const nearest = terms
			.map((term) => ({
				term,
				// A name, or one word of it: "Madurro" is nearest to Maduro, not to "UNASUR".
				distance: Math.min(
					...term.names
						.map(fold)
						.flatMap((name) => [name, ...name.split(' ').filter((word) => word.length >= 3)])
						.map((name) => distance(wanted, name)),
				),
			}))
			.sort((a, b) => a.distance - b.distance)
			.slice(0, 3);
		if (nearest.length > 0) {
			const intro = element('p', 'search-suggest');
			intro.textContent = strings.suggest;
			const list = element('ul', 'search-suggest-list');
			for (const { term } of nearest) {
				const item = element('li');
				const link = element('a');
				link.href = term.href;
				link.append(...isolated([{ text: term.name, match: false }], locale));
				item.append(link);
				list.append(item);
			}
			nodes.push(intro, list);
		}
		const other = element('p', 'search-other-language');
		const link = element('a');
		const url = new URL(form.dataset['otherSearch']!, location.href);
		url.searchParams.set(queryParameter, query);
		link.href = url.pathname + url.search;
		link.hreflang = form.dataset['otherLang']!;
		link.textContent = strings.otherLanguage.replace('{{query}}', query);
		other.append(link);
		nodes.push(other);
		return nodes;
	};

	/**
	 * The query, and the other script's spellings of the terms it names a word of: "Castillo" on the
	 * Arabic search marks «كاستيو» in the paragraphs it found through the term's names.
	 */
	const withOtherScript = (text: string) => {
		const words = new Set(fold(text).split(' '));
		const arabic = /\p{Script=Arabic}/u.test(text);
		const spellings = terms
			.filter(({ names }) =>
				names.some((name) =>
					fold(name)
						.split(' ')
						.some((w) => words.has(w)),
				),
			)
			.flatMap(({ names }) => names)
			.filter((name) => /\p{Script=Arabic}/u.test(name) !== arabic);
		return [text, ...new Set(spellings)].join(' ');
	};

	const fill = (template: string, count: number) =>
		template.replace('{{n}}', count.toLocaleString(intl)).replace('{{query}}', query);

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		void run(input.value);
	});
	input.addEventListener('input', () => void run(input.value));

	const initial = new URLSearchParams(location.search).get(queryParameter) ?? '';
	if (initial) {
		input.value = initial;
		void run(initial);
	}
}

const fieldsOf = ({ meta }: PagefindResultData) => ({
	title: meta['title'] ?? '',
	names: meta['searchNames'] ?? '',
	text: meta['text'] ?? '',
});

function kindFrom(params: URLSearchParams): SearchKind | undefined {
	const value = params.get(kindParameter);
	return (searchKinds as readonly string[]).includes(value ?? '')
		? (value as SearchKind)
		: undefined;
}

function addressFor(query: string, kind: SearchKind | undefined): string {
	const url = new URL(location.href);
	url.hash = '';
	if (query) url.searchParams.set(queryParameter, query);
	else url.searchParams.delete(queryParameter);
	if (kind) url.searchParams.set(kindParameter, kind);
	else url.searchParams.delete(kindParameter);
	return url.pathname + url.search;
}

/** Puts the query and kind in the address without adding a history entry for every keystroke. */
function keepInAddress(query: string, kind: SearchKind | undefined): void {
	history.replaceState(history.state, '', addressFor(query, kind));
}
