import type { ParagraphsFile } from '../data/paragraphs-file';

/**
 * Gives every article paragraph a button, in its inline-start margin under the paragraph number,
 * that shows the same paragraph in the other language right under it, and hides it again. The
 * other language's paragraphs are fetched once, on the first request. The button is created
 * here (without JavaScript the side-by-side view is the way to compare) and sits in the margin,
 * absolutely placed, so adding it moves nothing.
 *
 * Where the paragraph is cut into segments, the panel also offers to show one segment's
 * translation instead of the whole paragraph's (translation-segments.ts).
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
				const segments = [...paragraph.querySelectorAll<HTMLElement>(':scope > span[id]')];
				// A paragraph cut into segments needs the segment choice too: its code comes with the
				// file, on the first request, not with the page.
				const [loaded, segmented] = await Promise.all([
					load(),
					segments.length > 1 ? import('./translation-segments') : undefined,
				]);
				panel.append(
					...(segmented
						? segmented.segmentedTranslation(body, loaded, id, segments)
						: [render(loaded, id)]),
				);
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

/** The paragraph in the other language, with its own `lang` and `dir`, its runs isolated. */
export function render(file: ParagraphsFile, id: string): HTMLElement {
	const paragraph = document.createElement('p');
	paragraph.lang = file.lang;
	paragraph.dir = file.dir;
	paragraph.append(...nodes(file.paragraphs[id]));
	return paragraph;
}

/** Bidi pieces as nodes: text, and each isolated run a `<span dir lang>`. */
export function nodes(pieces: ParagraphsFile['paragraphs'][string] = []): (string | HTMLElement)[] {
	return pieces.map((piece) => {
		if (typeof piece === 'string') return piece;
		const span = document.createElement('span');
		span.dir = piece.attributes.dir;
		if (piece.attributes.lang) span.lang = piece.attributes.lang;
		span.textContent = piece.text;
		return span;
	});
}
