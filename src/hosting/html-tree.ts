import { parse } from 'parse5';

/**
 * The part of a parse5 tree the checks read: element name, attributes, children, a template's
 * content and a text node's value. parse5's own types are a union over every node kind; this is
 * the one shape every check walks.
 */
export interface HtmlNode {
	nodeName: string;
	attrs?: { name: string; value: string }[];
	childNodes?: HtmlNode[];
	content?: HtmlNode;
	value?: string;
}

/** Parsed as a browser without scripting would, so `<noscript>` content counts as markup. */
export function parseHtml(html: string): HtmlNode {
	return parse(html, { scriptingEnabled: false });
}

/** An attribute's value, or `undefined` when the element has none. */
export function attribute(node: HtmlNode, name: string): string | undefined {
	return node.attrs?.find((attr) => attr.name === name)?.value;
}

/** Visits every node, depth first, including `<template>` (and `<noscript>`) content. */
export function walk(node: HtmlNode, visit: (node: HtmlNode) => void): void {
	visit(node);
	for (const child of node.childNodes ?? []) walk(child, visit);
	if (node.content) walk(node.content, visit);
}
