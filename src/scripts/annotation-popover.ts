/**
 * Turns annotation links into popovers: a note or a glossary summary opens beside the words on
 * click, tap or keyboard focus, stays open while the pointer is over it, and closes with Esc or a
 * click elsewhere (native Popover API, `popover="auto"`). Activating a link (click, tap, Enter)
 * moves focus into the popover and Esc brings it back; focus alone only previews. Without this
 * script the links lead to the notes and glossary pages.
 */
/** Milliseconds: the pointer rests this long before a popover opens, and is gone this long before it closes. */
export const popoverDelays = { open: 250, close: 300 } as const;

/** A term's name, kind and summary, read from its glossary page. */
const termCache = new Map<string, Promise<Element[]>>();

function termParts(href: string): Promise<Element[]> {
	let parts = termCache.get(href);
	if (!parts) {
		parts = fetch(href)
			.then((response) =>
				response.ok ? response.text() : Promise.reject(new Error(String(response.status))),
			)
			.then((html) => {
				const page = new DOMParser().parseFromString(html, 'text/html');
				const kind = page.querySelector('[data-term-kind]');
				const name = page.querySelector('h1');
				const summary =
					page.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
				const title = document.createElement('p');
				title.className = 'note-title';
				title.textContent = name?.textContent ?? '';
				const text = document.createElement('p');
				text.textContent = summary;
				const label = document.createElement('p');
				label.className = 'note-kind';
				label.textContent = kind?.textContent ?? '';
				return [label, title, text];
			});
		parts.catch(() => termCache.delete(href));
		termCache.set(href, parts);
	}
	return parts;
}

export function enhanceAnnotations(): void {
	const popover = document.getElementById('annotation-popover');
	if (!popover || !('showPopover' in popover)) return;
	let opener: HTMLAnchorElement | undefined;
	let timer: number | undefined;
	/** Set when activation moved focus into the popover: closing then returns it to the words. */
	let returnFocus = false;
	/** Counts open requests: a term fetched slowly must not replace a note opened after it. */
	let latest = 0;

	const partsFor = async (link: HTMLAnchorElement): Promise<Node[]> => {
		if (link.dataset['kind'] === 'term')
			return (await termParts(link.href)).map((part) => part.cloneNode(true));
		const note = document.getElementById(`note-${link.dataset['ref'] ?? ''}`);
		if (!note) return [];
		const parts = note.querySelectorAll(
			':scope > summary > *, :scope > .note-body, :scope > .note-more',
		);
		return [...parts].map((part) => part.cloneNode(true));
	};

	const fill = (link: HTMLAnchorElement, parts: Node[]): void => {
		popover.replaceChildren(...parts);
		for (const element of popover.querySelectorAll('[id]')) element.removeAttribute('id');
		popover.querySelector('.note-title')?.setAttribute('id', 'annotation-popover-title');
		const more = document.createElement('a');
		more.setAttribute('href', link.getAttribute('href') ?? '');
		more.className = 'popover-more';
		more.textContent = popover.dataset['more'] ?? '';
		more.addEventListener('click', () => popover.hidePopover());
		popover.append(more);
		popover.dataset['kind'] = link.dataset['kind'] ?? '';
	};

	const place = (link: HTMLAnchorElement): void => {
		const rect = link.getBoundingClientRect();
		const width = Math.min(popover.offsetWidth || 352, document.documentElement.clientWidth - 16);
		const rtl = getComputedStyle(link).direction === 'rtl';
		const start = rtl ? rect.right - width : rect.left;
		const x = Math.max(8, Math.min(start, document.documentElement.clientWidth - width - 8));
		// allow-physical: viewport coordinates from getBoundingClientRect are physical by nature.
		popover.style.left = `${x + scrollX}px`;
		popover.style.top = `${rect.bottom + scrollY + 6}px`;
	};

	const open = async (link: HTMLAnchorElement, focus: boolean): Promise<void> => {
		clearTimeout(timer);
		// A popover the reader opened on purpose stays until they close it or open another.
		if (!focus && returnFocus && popover.matches(':popover-open')) return;
		const request = ++latest;
		if (opener !== link || !popover.matches(':popover-open')) {
			const parts = await partsFor(link).catch(() => []);
			if (request !== latest || parts.length === 0) return;
			if (popover.matches(':popover-open')) popover.hidePopover();
			fill(link, parts);
			opener = link;
			popover.showPopover();
			place(link);
			link.setAttribute('aria-expanded', 'true');
		}
		if (focus) {
			returnFocus = true;
			// The popover itself takes focus, so it opens at its top; Tab then reaches its links.
			popover.focus();
		}
	};

	const closeSoon = (): void => {
		clearTimeout(timer);
		timer = window.setTimeout(() => {
			if (!popover.matches(':hover') && !popover.contains(document.activeElement))
				popover.hidePopover();
		}, popoverDelays.close);
	};

	popover.addEventListener('toggle', (event) => {
		// Switching from one annotation to another hides and shows at once: nothing to restore then.
		if (event.newState !== 'closed' || !opener || popover.matches(':popover-open')) return;
		opener.setAttribute('aria-expanded', 'false');
		if (returnFocus) opener.focus({ preventScroll: true });
		returnFocus = false;
	});
	popover.addEventListener('mouseenter', () => clearTimeout(timer));
	popover.addEventListener('mouseleave', closeSoon);

	for (const link of document.querySelectorAll<HTMLAnchorElement>('.article-body a.annotation')) {
		link.setAttribute('aria-haspopup', 'dialog');
		link.setAttribute('aria-controls', 'annotation-popover');
		link.setAttribute('aria-expanded', 'false');
		link.addEventListener('click', (event) => {
			if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
			event.preventDefault();
			void open(link, true);
		});
		link.addEventListener('focus', () => {
			if (link.matches(':focus-visible')) void open(link, false);
		});
		link.addEventListener('blur', closeSoon);
		link.addEventListener('mouseenter', () => {
			clearTimeout(timer);
			if (link.dataset['kind'] === 'term') void termParts(link.href).catch(() => undefined);
			timer = window.setTimeout(() => void open(link, false), popoverDelays.open);
		});
		link.addEventListener('mouseleave', closeSoon);
	}
}
