import type { ParagraphsFile } from '../data/paragraphs-file';

/**
 * Gives every article paragraph a button, in its inline-start margin under the paragraph number,
 * that shows the same paragraph in the other language right under it, and hides it again. The
 * other language's paragraphs are fetched once, on the first request. The button is created
 * here (without JavaScript the side-by-side view is the way to compare) and sits in the margin,
 * absolutely placed, so adding it moves nothing.
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
			if (open || panel.childElementCount > 0) return;
			try {
				panel.append(render(await load(), id));
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
function render(file: ParagraphsFile, id: string): HTMLElement {
	const paragraph = document.createElement('p');
	paragraph.lang = file.lang;
	paragraph.dir = file.dir;
	for (const piece of file.paragraphs[id] ?? []) {
		if (typeof piece === 'string') {
			paragraph.append(piece);
			continue;
		}
		const span = document.createElement('span');
		span.dir = piece.attributes.dir;
		if (piece.attributes.lang) span.lang = piece.attributes.lang;
		span.textContent = piece.text;
		paragraph.append(span);
	}
	return paragraph;
}
