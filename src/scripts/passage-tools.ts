import { formatQuotation } from '../sharing/quotation';
import { textDirective, type SelectedWords } from '../sharing/text-fragment';
import { elementOf } from './passage-selection';
import { announce, copyText } from './share-links';

/**
 * What a reader can do with words they selected in the article: copy a link that leads to those
 * words (a URL text fragment behind the enclosing segment's id), copy them as a quotation with
 * their source, or share them where the browser has the Web Share API. Loaded on the reader's
 * first selection (passage-selection.ts), never with the page.
 *
 * Labels and the quotation's template come from `data-passage-*` attributes on the article body.
 */

/** The passage a range covers, read as the page renders it. */
export interface Passage {
	/** The enclosing segment's id (`p4-s2`), or the paragraph's where it is one segment. */
	target: string;
	words: SelectedWords;
	/** The selected text without the page's hidden hints. */
	text: string;
	dir: 'rtl' | 'ltr';
	/** A whole segment: its address alone leads to it, no words needed. */
	whole?: boolean;
}

let tools: HTMLElement | undefined;
let current: Passage | undefined;

/** Shows the tools beside the selection, for the passage it covers. */
export function showPassageTools(body: HTMLElement, range: Range): void {
	const passage = readPassage(range);
	if (!passage) return hidePassageTools();
	current = passage;
	tools ??= createTools(body);
	const paragraph = elementOf(range.startContainer)?.closest('p[data-paragraph]');
	// After the paragraph in the page, so a keyboard reaches the tools from the words.
	if (paragraph && tools.previousElementSibling !== paragraph) paragraph.after(tools);
	tools.hidden = false;
	place(tools, range);
}

export function hidePassageTools(): void {
	if (tools) tools.hidden = true;
}

/** Copies a passage as a quotation, with its source and a link to its words; says so. */
export async function copyQuotation(body: HTMLElement, passage: Passage): Promise<void> {
	const { passageQuote = '{{quote}} {{url}}', passageQuoteCopied = '' } = body.dataset;
	const quotation = formatQuotation(passageQuote, passage.text, passage.dir, passageUrl(passage));
	announce((await copyText(quotation)) ? passageQuoteCopied : quotation);
}

/** The whole of one segment (or one-segment paragraph) as a passage. */
export function segmentPassage(segment: HTMLElement): Passage | undefined {
	const range = document.createRange();
	range.selectNodeContents(segment);
	const passage = readPassage(range);
	return passage && { ...passage, whole: true };
}

function createTools(body: HTMLElement): HTMLElement {
	const {
		passageTools = '',
		passageLink = '',
		passageShare = '',
		passageQuoteLabel = '',
	} = body.dataset;
	const group = document.createElement('div');
	group.className = 'passage-tools';
	group.setAttribute('role', 'group');
	group.setAttribute('aria-label', passageTools);
	group.dataset['ui'] = '';
	const button = (label: string, action: (passage: Passage) => Promise<void>) => {
		const control = document.createElement('button');
		control.type = 'button';
		control.textContent = label;
		// Pressing a button must not clear the selection it acts on.
		control.addEventListener('pointerdown', (event) => event.preventDefault());
		control.addEventListener('click', () => {
			if (current) void action(current);
		});
		group.append(control);
	};
	button(passageLink, async (passage) => {
		const url = passageUrl(passage);
		// Once copied, the link is shown decoded, its Arabic words as words rather than %D8%A7…;
		// when it could not be copied, as it is, since the reader copies it by hand.
		if (await copyText(url)) announce(body.dataset['shareCopied'] ?? '', decodeURI(url));
		else announce('{{url}}', url);
	});
	button(passageQuoteLabel, (passage) => copyQuotation(body, passage));
	if (typeof navigator.share === 'function')
		button(passageShare, async (passage) => {
			const { passageQuote = '{{quote}} {{url}}' } = body.dataset;
			try {
				await navigator.share({
					title: document.title,
					text: formatQuotation(passageQuote, passage.text, passage.dir, '').trim(),
					url: passageUrl(passage),
				});
			} catch {
				// Closed or refused: the reader still has the two copy buttons.
			}
		});
	// Escape closes the tools and gives focus back to the paragraph's number, not to the page.
	group.addEventListener('keydown', (event) => {
		if (event.key !== 'Escape') return;
		group.previousElementSibling?.querySelector<HTMLElement>('.paragraph-link')?.focus();
		hidePassageTools();
	});
	return group;
}

function passageUrl({ target, words, whole }: Passage): string {
	return `${location.origin}${location.pathname}#${target}${whole ? '' : textDirective(words)}`;
}

/**
 * Reads the selection as the page renders it: whole words (a selection that starts or stops
 * inside a word takes all of it), split into runs where the page has hidden words (the hints
 * screen readers hear after an annotation, the paragraph's number), which a browser's search
 * for the passage would meet too. Clamped to the paragraph the selection starts in.
 */
function readPassage(selected: Range): Passage | undefined {
	const paragraph = elementOf(selected.startContainer)?.closest<HTMLElement>('p[data-paragraph]');
	if (!paragraph) return undefined;
	const range = wholeWords(selected);
	if (!paragraph.contains(range.endContainer)) range.setEndAfter(paragraph.lastChild!);
	const runs = runsOf(range.cloneContents()).filter((run) => run.trim());
	if (runs.length === 0) return undefined;
	const before = document.createRange();
	before.setStart(paragraph, 0);
	before.setEnd(range.startContainer, range.startOffset);
	const after = document.createRange();
	after.setStart(range.endContainer, range.endOffset);
	after.setEndAfter(paragraph.lastChild!);
	const segment = elementOf(range.startContainer)?.closest<HTMLElement>(
		'p[data-paragraph] > span[id]',
	);
	return {
		target: segment?.id ?? paragraph.id,
		words: {
			runs,
			before: runsOf(before.cloneContents()).at(-1) ?? '',
			after: runsOf(after.cloneContents())[0] ?? '',
		},
		text: runs.join(''),
		dir: paragraph.closest<HTMLElement>('[dir]')?.dir === 'ltr' ? 'ltr' : 'rtl',
	};
}

const letter = /[\p{L}\p{M}\p{N}]/u;
/** A mark that ends a clause (a comma, a full stop): it goes with the word it follows. */
const clauseMark = /[.,;:!?،؛؟…]/u;

/**
 * The selection grown to whole words, where it starts or stops inside one (a boundary between two
 * letters); one that starts or stops at a space is left as it is. A comma or full stop right after
 * the last word comes with it; a closing quotation mark does not, since its opening one is not in.
 */
function wholeWords(selected: Range): Range {
	const range = selected.cloneRange();
	const { startContainer: start, endContainer: end } = range;
	const isLetter = (text: string, at: number) => letter.test(text[at] ?? '');
	if (start instanceof Text && isLetter(start.data, range.startOffset)) {
		let offset = range.startOffset;
		while (offset > 0 && isLetter(start.data, offset - 1)) offset -= 1;
		range.setStart(start, offset);
	}
	if (end instanceof Text && isLetter(end.data, range.endOffset - 1)) {
		let offset = range.endOffset;
		while (isLetter(end.data, offset)) offset += 1;
		while (clauseMark.test(end.data[offset] ?? '')) offset += 1;
		range.setEnd(end, offset);
	}
	return range;
}

/** The text of a piece of the page, as runs split wherever a hidden (`data-ui`) node sits. */
function runsOf(fragment: DocumentFragment): string[] {
	const runs = [''];
	const walker = document.createTreeWalker(fragment, NodeFilter.SHOW_TEXT);
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		if (node.parentElement?.closest('[data-ui]')) runs.push('');
		else runs[runs.length - 1] += (node as Text).data;
	}
	return runs;
}

/**
 * Above the selection's first line, inside the page (physical coordinates: that is what a
 * selection's rectangle gives); below it when there is no room above.
 */
function place(element: HTMLElement, range: Range): void {
	const anchor = element.offsetParent?.getBoundingClientRect() ?? new DOMRect();
	const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
	const height = element.offsetHeight;
	const above = rect.top - height - 8;
	const top = above > 0 ? above : rect.bottom + 8;
	const rtl = getComputedStyle(element).direction === 'rtl';
	const width = element.offsetWidth;
	const inline = rtl ? rect.right - width : rect.left;
	const left = Math.max(4, Math.min(inline, document.documentElement.clientWidth - width - 4));
	element.style.top = `${top - anchor.top}px`;
	element.style.left = `${left - anchor.left}px`;
}
