/**
 * Sends a reader who reaches a page with one of another page's fragments on to that page, at the
 * same fragment: `/ar/#p4` was paragraph 4 of the first article before `/ar/` became the front
 * page. A fragment never reaches a server, so only a script can; it is inlined at the top of
 * `<head>` and runs before anything is requested. Without JavaScript the reader stays on the
 * front page, where the article is the first link.
 */
export function forwardFragment(pattern: string, target: string): void {
	if (new RegExp(pattern).test(location.hash)) location.replace(target + location.hash);
}

/** The inline script: `forwardFragment` applied to this build's pattern and target. */
export function forwardFragmentScript(pattern: RegExp, target: string): string {
	return `(${forwardFragment.toString()})(${JSON.stringify(pattern.source)},${JSON.stringify(target)});`;
}

/** Sends every reader of a moved page on to its new address, keeping the fragment. */
export function forwardPage(target: string): void {
	location.replace(target + location.hash);
}

/** The inline script of a forward page. */
export function forwardPageScript(target: string): string {
	return `(${forwardPage.toString()})(${JSON.stringify(target)});`;
}
