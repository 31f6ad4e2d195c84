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
	statusLine();

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
			() => void share(shareAddress(shareParagraphUrl, { n }), shareCopied),
		);
	}
	for (const note of body.querySelectorAll<HTMLElement>('details.note')) {
		const slug = note.id.replace(/^note-/, '');
		const button = createButton('share-note');
		button.textContent = shareNote;
		note.querySelector('.note-more')?.after(button);
		button.addEventListener(
			'click',
			() => void share(shareAddress(shareNoteUrl, { id: slug }), shareCopied),
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

/**
 * A share address, absolute, from the template the build wrote (ArticleBody.astro), e.g.
 * `/ar/peru-integration/p/{{n}}/{{s}}/` with `{ n: '4', s: '2' }`: the scripts write no path.
 */
export function shareAddress(template: string, values: Record<string, string>): string {
	const path = Object.entries(values).reduce(
		(filled, [name, value]) => filled.replace(`{{${name}}}`, value),
		template,
	);
	return new URL(path, location.href).href;
}

let status: HTMLElement | undefined;
let hideTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * Says something in the page's one status line, announced politely; it shows for a few seconds.
 * `{{url}}` in the message is the address, isolated left to right.
 */
export function announce(template: string, url = ''): void {
	const line = statusLine();
	// Emptied first, so the same message twice is announced twice.
	line.replaceChildren();
	requestAnimationFrame(() => line.replaceChildren(...message(template, url)));
	line.classList.add('is-visible');
	clearTimeout(hideTimer);
	hideTimer = setTimeout(() => line.classList.remove('is-visible'), 6000);
}

/** The status line, in the page before anything is said in it, so screen readers hear it. */
function statusLine(): HTMLElement {
	if (!status) {
		status = document.createElement('p');
		status.className = 'share-status';
		status.setAttribute('role', 'status');
		status.dataset['ui'] = '';
		document.body.append(status);
	}
	return status;
}

/** Copies text; `false` where there is no clipboard (permission refused, insecure origin). */
export async function copyText(text: string): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}

/**
 * Shares an address through the Web Share API where the browser has it, else copies it and
 * says so; where nothing can be copied, the status line shows the link, to copy by hand.
 */
export async function share(url: string, copiedTemplate: string, text?: string): Promise<void> {
	if (typeof navigator.share === 'function') {
		try {
			await navigator.share({ url, title: document.title, ...(text ? { text } : {}) });
			return;
		} catch (error) {
			// The reader closed the share sheet: nothing to do. Any other failure falls back to copying.
			if (error instanceof DOMException && error.name === 'AbortError') return;
		}
	}
	announce((await copyText(url)) ? copiedTemplate : '{{url}}', url);
}

/** The status text with the address isolated left to right, so an Arabic sentence keeps it whole. */
function message(template: string, url: string): (string | HTMLElement)[] {
	const [before = '', after = ''] = template.split('{{url}}');
	const address = document.createElement('span');
	address.dir = 'ltr';
	address.textContent = url;
	return [before, address, after].filter((part) => part !== '');
}
