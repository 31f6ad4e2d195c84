/**
 * A share control for every paragraph and every note of the article. It shares the short share
 * address (`/<lang>/<article>/p/4/`, `/<lang>/n/<note>/`), whose link preview shows that paragraph
 * or note: through the Web Share API where the browser has it, otherwise by copying the link,
 * confirmed in a visible status line that screen readers announce. Without JavaScript there is no
 * control, and the paragraph's permalink (its number) and the note's own page are the way to link.
 *
 * Labels come from `data-share-*` attributes on the article body, in the page's language.
 */
export function enhanceShareLinks(): void {
	const body = document.querySelector<HTMLElement>('[data-share-paragraph]');
	if (!body) return;
	const {
		shareParagraph = '',
		shareParagraphUrl = '',
		shareNote = '',
		shareNoteUrl = '',
		shareCopied = '',
	} = body.dataset;
	const status = createStatus();
	// The build writes each address as a template (ArticleBody.astro): this script writes no path.
	const address = (template: string, name: string, value: string) =>
		new URL(template.replace(`{{${name}}}`, value), location.href).href;

	for (const paragraph of body.querySelectorAll<HTMLElement>('p[data-paragraph]')) {
		const n = paragraph.id.slice(1);
		const button = createButton('share-paragraph');
		button.setAttribute('aria-label', shareParagraph.replace('{{n}}', n));
		button.textContent = '↗';
		// After the paragraph's number in focus order, as it is below it in the margin.
		(paragraph.querySelector('.paragraph-link') ?? paragraph.firstChild)?.after(button);
		// share() settles every failure itself (a closed sheet, no clipboard): nothing to await.
		button.addEventListener(
			'click',
			() => void share(address(shareParagraphUrl, 'n', n), status, shareCopied),
		);
	}
	for (const note of body.querySelectorAll<HTMLElement>('details.note')) {
		const slug = note.id.replace(/^note-/, '');
		const button = createButton('share-note');
		button.textContent = shareNote;
		note.querySelector('.note-more')?.after(button);
		button.addEventListener(
			'click',
			() => void share(address(shareNoteUrl, 'id', slug), status, shareCopied),
		);
	}
}

function createButton(className: string): HTMLButtonElement {
	const button = document.createElement('button');
	button.type = 'button';
	button.className = className;
	button.dataset['ui'] = '';
	return button;
}

/** One status line for the page, announced politely; it shows for a few seconds after a copy. */
function createStatus(): HTMLElement {
	const status = document.createElement('p');
	status.className = 'share-status';
	status.setAttribute('role', 'status');
	status.dataset['ui'] = '';
	document.body.append(status);
	return status;
}

let hideTimer: ReturnType<typeof setTimeout> | undefined;

async function share(url: string, status: HTMLElement, copiedTemplate: string): Promise<void> {
	if (typeof navigator.share === 'function') {
		try {
			await navigator.share({ url, title: document.title });
			return;
		} catch (error) {
			// The reader closed the share sheet: nothing to do. Any other failure falls back to copying.
			if (error instanceof DOMException && error.name === 'AbortError') return;
		}
	}
	let copied = true;
	try {
		await navigator.clipboard.writeText(url);
	} catch {
		// No clipboard (permission refused, insecure origin): show the link, to copy by hand.
		copied = false;
	}
	// Emptied first, so the same message twice is announced twice.
	status.replaceChildren();
	requestAnimationFrame(() =>
		status.replaceChildren(...message(copied ? copiedTemplate : '{{url}}', url)),
	);
	status.classList.add('is-visible');
	clearTimeout(hideTimer);
	hideTimer = setTimeout(() => status.classList.remove('is-visible'), 6000);
}

/** The status text with the address isolated left to right, so an Arabic sentence keeps it whole. */
function message(template: string, url: string): (string | HTMLElement)[] {
	const [before = '', after = ''] = template.split('{{url}}');
	const address = document.createElement('span');
	address.dir = 'ltr';
	address.textContent = url;
	return [before, address, after].filter((part) => part !== '');
}
