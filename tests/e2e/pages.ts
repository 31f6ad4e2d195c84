import { isNotFoundPage } from '../../scripts/checks/hosting';
import { listPages } from '../../scripts/checks/site-files';

/**
 * Every page of the built site, as site paths (`/ar/`, `/en/`, …), read from `dist/` so that a
 * new page is covered by the page-wide gates without touching the tests.
 * The root page forwards readers at once, and the 404 pages have their own tests
 * (not-found.spec.ts): `contentPages` leaves them out.
 */
export const allPages = listPages('dist');
export const notFoundPages = allPages.filter((path) => isNotFoundPage(path));
export const contentPages = allPages.filter((path) => path !== '/' && !isNotFoundPage(path));

if (contentPages.length === 0) throw new Error('No pages in dist/: build the site first (npm test does).');
