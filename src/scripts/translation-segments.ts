import type { ParagraphsFile } from '../data/paragraphs-file';
import { share, shareAddress } from './share-links';
import { nodes } from './translation-toggle';

/**
 * The in-place translation of a paragraph cut into segments: the translation, segment by
 * segment (each marked `data-s` with its id, so segment-counterparts.ts lights it with its
 * original), under a row of pressed-or-not buttons that show one segment's translation instead
 * of the whole paragraph's; the chosen segment is marked in the paragraph too, so the eye finds
 * what the panel shows. Loaded with the other language's file, on a reader's first request.
 */
export function segmentedTranslation(
	body: HTMLElement,
	file: ParagraphsFile,
	id: string,
	segments: HTMLElement[],
): HTMLElement[] {
	const translation = document.createElement('p');
	translation.lang = file.lang;
	translation.dir = file.dir;
	segments.forEach(({ id: segmentId }, index) => {
		const span = document.createElement('span');
		span.dataset['s'] = segmentId;
		span.append(...nodes(file.segments[segmentId]));
		translation.append(...(index > 0 ? [' ', span] : [span]));
	});
	return [chooser(body, id, translation, segments), translation];
}

/**
 * "Show the translation of: the whole paragraph · segment 1 · segment 2 …", one pressed at a
 * time. Choosing a segment hides the others' translation and marks it in the paragraph; it also
 * brings up what a reader can do with that segment: share it (its own share page and preview)
 * and copy it as a quotation, the keyboard's way to what a selection offers a pointer.
 */
function chooser(
	body: HTMLElement,
	id: string,
	translation: HTMLElement,
	segments: HTMLElement[],
): HTMLElement {
	const {
		translationPart = '',
		translationWhole = '',
		translationSegment = '',
		shareSegment = '',
		shareSegmentUrl = '',
		shareCopied = '',
		passageQuoteLabel = '',
	} = body.dataset;
	const n = id.slice(1);
	const group = document.createElement('div');
	group.className = 'translation-part';
	group.setAttribute('role', 'group');
	group.dataset['ui'] = '';
	const label = document.createElement('span');
	label.id = `${id}-part`;
	label.textContent = translationPart;
	group.setAttribute('aria-labelledby', label.id);

	let chosen: { element: HTMLElement; s: string } | undefined;
	const button = (text: string, action: () => void) => {
		const control = document.createElement('button');
		control.type = 'button';
		control.textContent = text;
		control.addEventListener('click', action);
		return control;
	};
	const shareButton = button('', () => {
		if (!chosen) return;
		void share(shareAddress(shareSegmentUrl, { n, s: chosen.s }), shareCopied);
	});
	const quoteButton = button(passageQuoteLabel, () => {
		const element = chosen?.element;
		if (!element) return; // The quotation's code is the selection tools', loaded on first use.
		void import('./passage-tools').then(({ copyQuotation, segmentPassage }) => {
			const passage = segmentPassage(element);
			if (passage) void copyQuotation(body, passage);
		});
	});
	const choices = [undefined, ...segments].map((segment, index) => {
		const s = String(index);
		const choice = button(
			segment ? translationSegment.replace('{{s}}', s) : translationWhole,
			() => {
				chosen = segment && { element: segment, s };
				for (const other of choices) other.setAttribute('aria-pressed', String(other === choice));
				for (const shown of translation.querySelectorAll<HTMLElement>('[data-s]'))
					shown.hidden = Boolean(segment) && shown.dataset['s'] !== segment?.id;
				for (const original of segments)
					original.toggleAttribute('data-chosen', original === segment);
				shareButton.textContent = shareSegment.replace('{{s}}', s);
				shareButton.hidden = quoteButton.hidden = !segment;
			},
		);
		choice.setAttribute('aria-pressed', String(!segment));
		return choice;
	});
	shareButton.hidden = quoteButton.hidden = true;
	shareButton.className = quoteButton.className = 'translation-part-action';
	group.append(label, ...choices, shareButton, quoteButton);
	return group;
}
