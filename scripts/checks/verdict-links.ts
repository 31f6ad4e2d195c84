import { verdictAnchor } from '../../src/content-model/method-anchors.ts';
import { attribute, parseHtml, type HtmlNode } from '../../src/hosting/html-tree.ts';

/**
 * Every verdict label a page shows must lead to the verdict's definition on the method page
 * (`…/method/#verdict-<verdict>`): either the label is that link, or the note it labels carries
 * one (a note card's label sits in its `<summary>`, where a link would fight the toggle, so the
 * card links the definition from its body). The method page's own labels are the definitions.
 * Whether the fragment exists is the links gate's business.
 *
 * @returns one line per label that leads nowhere: `needs-context label (#note-x)`.
 */
export function unlinkedVerdictLabels(html: string): string[] {
	const problems: string[] = [];
	visit(parseHtml(html), [], (node, ancestors) => {
		const verdict = attribute(node, 'data-verdict');
		if (verdict === undefined || ancestors.some((a) => hasClass(a, 'method-definitions'))) return;
		const definition = new RegExp(`/method/#${verdictAnchor(verdict)}$`);
		const linksTo = (candidate: HtmlNode) =>
			candidate.nodeName === 'a' && definition.test(attribute(candidate, 'href') ?? '');
		const note = ancestors.findLast((ancestor) => hasClass(ancestor, 'note'));
		const linked = linksTo(node) || (note !== undefined && descendants(note).some(linksTo));
		if (!linked)
			problems.push(`${verdict} label (${note ? `#${attribute(note, 'id') ?? '?'}` : 'no note'})`);
	});
	return problems;
}

function hasClass(node: HtmlNode, name: string): boolean {
	return (attribute(node, 'class') ?? '').split(/\s+/).includes(name);
}

function visit(
	node: HtmlNode,
	ancestors: HtmlNode[],
	check: (node: HtmlNode, ancestors: HtmlNode[]) => void,
): void {
	check(node, ancestors);
	for (const child of node.childNodes ?? []) visit(child, [...ancestors, node], check);
}

function descendants(node: HtmlNode): HtmlNode[] {
	return (node.childNodes ?? []).flatMap((child) => [child, ...descendants(child)]);
}
