import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig, fontProviders } from 'astro/config';
import { defaultLocale, localeCodes } from './src/i18n/config';
import { markdownOptions } from './src/markdown';
import { searchIndex } from './src/search/integration';

/**
 * Deployment settings come from the environment so one build serves any static host:
 * SITE_URL is the public origin (for canonical and share URLs), BASE_PATH the folder the site
 * lives in (`/` for a domain of its own, `/repo/` for a GitHub Pages project site).
 */
const site = process.env['SITE_URL'] ?? 'https://close-reading.example';
const base = process.env['BASE_PATH'] ?? '/';

const naskh = (subset: 'arabic' | 'latin') =>
	`./node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-${subset}-400-normal.woff2`;

/** Google Fonts' subset ranges, as the @fontsource packages declare them. */
const arabicRange: [string, ...string[]] = ['U+0600-06FF', 'U+0750-077F', 'U+0870-088E', 'U+0890-0891', 'U+0897-08E1', 'U+08E3-08FF', 'U+200C-200E', 'U+2010-2011', 'U+204F', 'U+2E41', 'U+FB50-FDFF', 'U+FE70-FE74', 'U+FE76-FEFC'];
const latinRange: [string, ...string[]] = ['U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+02BB-02BC', 'U+02C6', 'U+02DA', 'U+02DC', 'U+0304', 'U+0308', 'U+0329', 'U+2000-206F', 'U+20AC', 'U+2122', 'U+2191', 'U+2193', 'U+2212', 'U+2215', 'U+FEFF', 'U+FFFD'];

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	build: { format: 'directory' },
	// The search index (Pagefind), built from the content once the pages are written.
	integrations: [searchIndex()],
	i18n: {
		locales: localeCodes,
		defaultLocale,
		routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
	},
	markdown: {
		syntaxHighlight: false,
		processor: unified(markdownOptions({ base })),
	},
	fonts: [
		// One Arabic face, one weight: headings use size, not synthetic bold. Its family holds only
		// Arabic glyphs and has no fallbacks of its own: the page's Latin face follows it in every
		// stack (see styles/global.css), so each page loads one Arabic and one Latin face at most.
		{
			provider: fontProviders.local(),
			name: 'Noto Naskh Arabic',
			cssVariable: '--font-naskh',
			fallbacks: [],
			options: { variants: [{ src: [naskh('arabic')], weight: 400, style: 'normal', display: 'swap', unicodeRange: arabicRange }] },
		},
		// The Latin face of Arabic pages: Naskh's own Latin, so digits and names match the letters.
		{
			provider: fontProviders.local(),
			name: 'Noto Naskh Arabic Latin',
			cssVariable: '--font-naskh-latin',
			fallbacks: ['serif'],
			options: { variants: [{ src: [naskh('latin')], weight: 400, style: 'normal', display: 'swap', unicodeRange: latinRange }] },
		},
		// The Latin face of English pages.
		{
			provider: fontProviders.local(),
			name: 'Source Serif 4',
			cssVariable: '--font-serif',
			fallbacks: ['Georgia', 'serif'],
			options: {
				variants: [
					{
						src: ['./node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2'],
						weight: '200 900',
						style: 'normal',
						display: 'swap',
						unicodeRange: latinRange,
					},
				],
			},
		},
	],
	vite: {
		plugins: [tailwindcss()],
		build: {
			// Astro inlines a page's script when it is small. Inline only the tiny ones (under 1 KB):
			// a larger script is better as a cached file than as bytes in every page's HTML, which
			// the performance budget caps (see performance-budget.json).
			assetsInlineLimit: (file, content) => (file.endsWith('.js') ? content.length < 1024 : undefined),
		},
	},
});
