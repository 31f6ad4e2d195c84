import { attribute, parseHtml, walk, type HtmlNode } from '../../src/hosting/html-tree.ts';

/** A source link as a page shows it: its address and its title, as the reader sees them. */
interface ShownSource {
	page: string;
	url: string;
	title: string;
}

/**
 * The source links (`a.source-title`) of one page: its address and the title it shows. Every
 * source list on the site draws them from the register, so this is what the register promises.
 */
export function shownSources(page: string, html: string): ShownSource[] {
	const found: ShownSource[] = [];
	walk(parseHtml(html), (node) => {
		if (
			node.nodeName === 'a' &&
			(attribute(node, 'class') ?? '').split(/\s+/).includes('source-title')
		)
			found.push({ page, url: attribute(node, 'href') ?? '', title: textOf(node).trim() });
	});
	return found;
}

/**
 * Within one language's pages, one address is shown with one title: the drift the register ended
 * (one outlet's item titled two ways in two files) must not come back through a component.
 *
 * @returns one line per address shown with more than one title, naming a page for each title.
 */
export function titleConflicts(shown: readonly ShownSource[]): string[] {
	const byUrl = Map.groupBy(shown, ({ url }) => url);
	return [...byUrl].flatMap(([url, all]) => {
		const titles = Map.groupBy(all, ({ title }) => title);
		return titles.size === 1
			? []
			: [
					`${url}: ${[...titles].map(([title, [first]]) => `"${title}" (${first!.page})`).join(' / ')}`,
				];
	});
}

function textOf(node: HtmlNode): string {
	return node.nodeName === '#text'
		? (node.value ?? '')
		: (node.childNodes ?? []).map(textOf).join('');
}
