import { siteUrls } from './urls';

export { archiveLookup } from './urls';

/**
 * The site's addresses under the base this build is for (`BASE_PATH`), for links in pages and
 * components. Code that runs outside a page (the Markdown plugins, the integrations) builds its
 * own with `siteUrls(base)`.
 */
export const urls = siteUrls(import.meta.env.BASE_URL);
