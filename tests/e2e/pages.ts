import { listPages } from '../../scripts/checks/site-files';

/**
 * Every page of the built site, as site paths (`/ar/`, `/en/`, …), read from `dist/` so that a
 * new page is covered by the page-wide gates without touching the tests.
 * The root page forwards readers at once; `contentPages` leaves it out.
 */
export const allPages = listPages('dist');
export const contentPages = allPages.filter((path) => path !== '/');

if (contentPages.length === 0) throw new Error('No pages in dist/: build the site first (npm test does).');
