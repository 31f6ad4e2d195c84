import type { Page } from '@playwright/test';

/**
 * Selects the words `text` inside the element `selector`, as a reader's drag would: the first text
 * node holding them. Fails if no single text node does (the words cross an element).
 */
export async function selectWords(page: Page, selector: string, text: string): Promise<void> {
	await page.evaluate(
		({ selector, text }) => {
			const root = document.querySelector(selector);
			if (!root) throw new Error(`no ${selector} on the page`);
			const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text) {
				const at = node.data.indexOf(text);
				if (at < 0) continue;
				const range = document.createRange();
				range.setStart(node, at);
				range.setEnd(node, at + text.length);
				getSelection()?.removeAllRanges();
				getSelection()?.addRange(range);
				return;
			}
			throw new Error(`"${text}" is not one text node of ${selector}`);
		},
		{ selector, text },
	);
}
