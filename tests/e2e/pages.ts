import { isNotFoundPage } from '../../scripts/checks/hosting';
import { listPages } from '../../scripts/checks/site-files';

/**
 * Every page of the built site, as site paths (`/ar/`, `/en/`, …), read from `dist/` so that a
 * new page is covered by the page-wide gates without touching the tests.
 */
export const allPages = listPages('dist');

/**
 * Pages that send a reader on at once when scripts run: the root page (to a language) and the
 * share pages `/<lang>/p/<n>/` and `/<lang>/n/<note>/` (to the words in the article). The
 * page-wide suites would end up testing the page forwarded to; tests/e2e/sharing.spec.ts covers
 * them as crawlers and readers without JavaScript see them.
 */
export const forwardingPages = allPages.filter((path) => path === '/' || /^\/[a-z]{2}\/[pn]\/[^/]+\/$/.test(path));

/** The 404 pages, which have their own tests (not-found.spec.ts). */
export const notFoundPages = allPages.filter((path) => isNotFoundPage(path));

/** The pages a reader stays on. */
export const contentPages = allPages.filter((path) => !forwardingPages.includes(path) && !notFoundPages.includes(path));

if (contentPages.length === 0) throw new Error('No pages in dist/: build the site first (npm test does).');
