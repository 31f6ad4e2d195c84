import type { ParagraphsFile } from '../data/paragraphs-file';
import { share } from './share-links';

/**
 * Gives every article paragraph a button, in its inline-start margin under the paragraph number,
 * that shows the same paragraph in the other language right under it, and hides it again. The
 * other language's paragraphs are fetched once, on the first request. The button is created
 * here (without JavaScript the side-by-side view is the way to compare) and sits in the margin,
 * absolutely placed, so adding it moves nothing.
 *
 * Where the paragraph is cut into segments, the panel also offers, as a row of pressed-or-not
 * buttons, to show one segment's translation instead of the whole paragraph's; the chosen
 * segment is marked in the paragraph too, so the eye finds what the panel shows.
 *
 * Labels and the file's address come from `data-*` attributes on the article body.
 */
export function enhanceTranslationToggles(): void {
	const body = document.querySelector<HTMLElement>('[data-translation-source]');
	if (!body) return;
	const {
		translationSource,
		translationShow,
		translationHide,
		translationFailed,
		translationFallback,
	} = body.dataset;
	let file: Promise<ParagraphsFile> | undefined;
	const load = () =>
		(file ??= fetch(translationSource!).then((response) =>
			response.ok
				? (response.json() as Promise<ParagraphsFile>)
				: Promise.reject(new Error(String(response.status))),
		));

	for (const paragraph of body.querySelectorAll<HTMLElement>('p[data-paragraph]')) {
		const id = paragraph.id;
		const n = paragraph.querySelector('.paragraph-link')?.textContent ?? '';
		const label = (template: string | undefined) => (template ?? '').replace('{{n}}', n);
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'translation-toggle';
		button.dataset['ui'] = '';
		button.setAttribute('aria-expanded', 'false');
		button.setAttribute('aria-controls', `${id}-translation`);
		button.setAttribute('aria-label', label(translationShow));
		button.textContent = '⇄';
		paragraph.prepend(button);

		const panel = document.createElement('div');
		panel.id = `${id}-translation`;
		panel.className = 'paragraph-translation';
		panel.hidden = true;
		paragraph.after(panel); // inside the paragraph's .paragraph-text wrapper

		// toggle() settles a failed fetch itself, with a link to the side-by-side view.
		const toggle = async () => {
			const open = button.getAttribute('aria-expanded') === 'true';
			button.setAttribute('aria-expanded', String(!open));
			button.setAttribute('aria-label', label(open ? translationShow : translationHide));
			panel.hidden = open;
			// Closed, the paragraph shows no chosen segment; opened again, the whole translation.
			if (open) panel.querySelector<HTMLButtonElement>('.translation-part > button')?.click();
			if (open || panel.childElementCount > 0) return;
			try {
				const loaded = await load();
				const segments = [...paragraph.querySelectorAll<HTMLElement>(':scope > span[id]')];
				const translation = render(loaded, id, segments);
				if (segments.length > 1) panel.append(chooser(body, id, translation, segments));
				panel.append(translation);
			} catch {
				const message = document.createElement('p');
				const link = document.createElement('a');
				link.href = `${translationFallback}#${id}`;
				link.textContent = translationFailed ?? '';
				message.append(link);
				panel.append(message);
			}
		};
		button.addEventListener('click', () => void toggle());
	}
}

/**
 * The paragraph in the other language, with its own `lang` and `dir`, its runs isolated; cut
 * into the same segments as the paragraph on the page, each marked `data-s` with its id.
 */
function render(file: ParagraphsFile, id: string, segments: HTMLElement[]): HTMLElement {
	const paragraph = document.createElement('p');
	paragraph.lang = file.lang;
	paragraph.dir = file.dir;
	if (segments.length < 2) {
		paragraph.append(...nodes(file.paragraphs[id]));
		return paragraph;
	}
	segments.forEach(({ id: segmentId }, index) => {
		const span = document.createElement('span');
		span.dataset['s'] = segmentId;
		span.append(...nodes(file.segments[segmentId]));
		paragraph.append(...(index > 0 ? [' ', span] : [span]));
	});
	return paragraph;
}

function nodes(pieces: ParagraphsFile['paragraphs'][string] = []): (string | HTMLElement)[] {
	return pieces.map((piece) => {
		if (typeof piece === 'string') return piece;
		const span = document.createElement('span');
		span.dir = piece.attributes.dir;
		if (piece.attributes.lang) span.lang = piece.attributes.lang;
		span.textContent = piece.text;
		return span;
	});
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
		const url = shareSegmentUrl.replace('{{n}}', n).replace('{{s}}', chosen.s);
		void share(new URL(url, location.href).href, shareCopied);
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
