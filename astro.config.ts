import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { buildCaches } from './src/build-caches';
import { subsetSiteFonts } from './src/fonts/subset-fonts';
import { defaultLocale, localeCodes } from './src/i18n/config';
import { fontCoverage } from './src/integrations/font-coverage';
import { hostingFiles } from './src/integrations/hosting-files';
import { markdownOptions } from './src/markdown';
import { forgetContentStoreOnSchemaChange } from './src/integrations/schema-freshness';
import { searchIndex } from './src/integrations/search-index';

/**
 * Deployment settings come from the environment so one build serves any static host:
 * SITE_URL is the public origin (for canonical and share URLs), BASE_PATH the folder the site
 * lives in (`/` for a domain of its own, `/repo/` for a GitHub Pages project site).
 */
const site = process.env['SITE_URL'] ?? 'https://close-reading.example';
const base = process.env['BASE_PATH'] ?? '/';

// The web fonts, cut to the characters the site prints, before Vite fingerprints them: styles and
// pages import them from `@site-fonts/` (the font cache), never from the packages.
await subsetSiteFonts();
// Astro's content store outlives a change to the schemas it was parsed with: see the function.
forgetContentStoreOnSchemaChange();

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	security: {
		// A <meta> CSP on every page: scripts and styles by hash or from the site itself, nothing
		// inline without a hash, no eval (the search page alone adds 'wasm-unsafe-eval' for Pagefind).
		// What a <meta> cannot carry (frame-ancestors) is in the _headers file for hosts that read it.
		csp: {
			directives: [
				// Images, fonts and fetches fall back to default-src: this origin only.
				"default-src 'self'",
				"base-uri 'self'",
				"form-action 'self'",
				"object-src 'none'",
			],
		},
	},
	// The search index (Pagefind), built from the content once the pages are written; then the
	// files static hosts read beside the pages.
	integrations: [searchIndex(), hostingFiles(), fontCoverage()],
	// Four pages at a time: the preview images compress on the thread pool meanwhile (og/png.ts).
	// A page's own stylesheet (the search page's, the glossary's, …) stays a cached file rather than
	// an inline <style>: Astro lists the hash of every inline style in every page's policy, so each
	// inlined sheet would cost every page 50 bytes that do not compress.
	build: { format: 'directory', concurrency: 4, inlineStylesheets: 'never' },
	i18n: {
		locales: localeCodes,
		defaultLocale,
		routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
	},
	markdown: {
		syntaxHighlight: false,
		processor: unified(markdownOptions({ base })),
	},
	vite: {
		plugins: [tailwindcss()],
		resolve: {
			alias: { '@site-fonts': fileURLToPath(new URL(`./${buildCaches.fonts}`, import.meta.url)) },
		},
		build: {
			// Astro inlines a page's script when it is small. Inline only the tiny ones (under 1 KB):
			// a larger script is better as a cached file than as bytes in every page's HTML, which
			// the performance budget caps (see performance-budget.json).
			assetsInlineLimit: (file, content) =>
				file.endsWith('.js') ? content.length < 1024 : undefined,
			rolldownOptions: {
				// Astro marks every content module with the directive "use astro:head-inject", and
				// Rolldown warns, once per content file, that a module-level directive may not survive
				// bundling: Astro's own open bug, https://github.com/withastro/astro/issues/18087 (Astro
				// 7.3 with Vite's Rolldown). Exactly that warning, for content modules
				// (`content/….md?astroPropagatedAssets`), is dropped, so that a real one does not
				// scroll past unseen among 150; every other log goes on. Remove once it is fixed upstream.
				onLog(level, log, handler) {
					const contentModule = /\/content\/.*\.md\?astroPropagatedAssets$/.test(log.id ?? '');
					if (
						log.code === 'MODULE_LEVEL_DIRECTIVE' &&
						contentModule &&
						log.message.includes('"use astro:head-inject"')
					)
						return;
					handler(level, log);
				},
			},
		},
	},
});
