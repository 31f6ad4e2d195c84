/**
 * Following a link to a note (`#note-…`) opens it: notes are closed `<details>` until then.
 * Without this script the note is still scrolled to and highlighted, one click from open.
 */
export function openTargetedNote(): void {
	const open = () => {
		const target = location.hash
			? document.getElementById(decodeURIComponent(location.hash.slice(1)))
			: null;
		if (target instanceof HTMLDetailsElement) target.open = true;
	};
	open();
	addEventListener('hashchange', open);
}
