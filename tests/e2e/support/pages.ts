import { isNotFoundPage } from '../../../scripts/checks/hosting';
import { listPages } from '../../../src/hosting/site-files';
import { movedPages } from '../../../src/routing/former-addresses';

/**
 * Every page of the built site, as site paths (`/ar/`, `/en/`, …), read from `dist/` so that a
 * new page is covered by the page-wide gates without touching the tests.
 */
export const allPages = listPages('dist');

/**
 * Pages that send a reader on at once when scripts run: the root page (to a language), the share
 * pages `/<lang>/<article>/p/<n>/`, `…/p/<n>/<m>/`, `/<lang>/p/<n>/` and `/<lang>/n/<note>/` (to the words in the
 * article), and the forward pages of moved addresses. The page-wide suites would end up testing
 * the page forwarded to; tests/e2e/sharing.spec.ts and moved.spec.ts cover them as crawlers and
 * readers without JavaScript see them.
 */
const moved = new Set(movedPages().map(({ from }) => from));
export const forwardingPages = allPages.filter(
	(path) =>
		path === '/' ||
		moved.has(path) ||
		/^\/[a-z]{2}\/([a-z0-9-]+\/)?[pn]\/[^/]+\/(\d+\/)?$/.test(path),
);

/** The 404 pages, which have their own tests (not-found.spec.ts). */
export const notFoundPages = allPages.filter((path) => isNotFoundPage(path));

/** The pages a reader stays on. */
export const contentPages = allPages.filter(
	(path) => !forwardingPages.includes(path) && !notFoundPages.includes(path),
);

if (contentPages.length === 0)
	throw new Error('No pages in dist/: build the site first (npm test does).');
