/**
 * Before printing, opens every closed note so its analysis prints as a footnote (print.css also
 * does this with `::details-content` where browsers support it); afterwards closes them again.
 */
export function openNotesForPrint(): void {
	let opened: HTMLDetailsElement[] = [];
	addEventListener('beforeprint', () => {
		opened = [...document.querySelectorAll<HTMLDetailsElement>('details.note:not([open])')];
		for (const note of opened) note.open = true;
	});
	addEventListener('afterprint', () => {
		for (const note of opened) note.open = false;
		opened = [];
	});
}
