import { resolve } from 'node:path';
import { GlobalFonts } from '@napi-rs/canvas';
import type { Locale } from '../i18n/config';

/**
 * The site's own font files, registered with the canvas under names no system font has, so a
 * preview image is set in exactly the faces the pages use, on a machine with no fonts at all
 * as on one with a different "Noto Naskh Arabic" installed. Skia reads the woff2 files directly.
 * Paths are from the project root, as in astro.config.ts (the packages' export maps hide the files).
 */
const fontFiles = {
	'Close Reading OG Naskh':
		'@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2',
	'Close Reading OG Naskh Latin':
		'@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-latin-400-normal.woff2',
	'Close Reading OG Serif':
		'@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2',
} as const;

export type PreviewFontFamily = keyof typeof fontFiles;

/**
 * Font stacks per locale, as in styles/global.css: Arabic letters from Naskh and every other
 * character from the page's Latin face (Naskh's own Latin on Arabic cards, Source Serif on English
 * ones, with Naskh behind it for any Arabic word an English card quotes).
 */
const stacks: Record<Locale, readonly PreviewFontFamily[]> = {
	ar: ['Close Reading OG Naskh', 'Close Reading OG Naskh Latin'],
	en: ['Close Reading OG Serif', 'Close Reading OG Naskh'],
};

let registered = false;

/** Registers the font files once; a missing or unreadable file fails with its path. */
export function registerPreviewFonts(): void {
	if (registered) return;
	for (const [family, file] of Object.entries(fontFiles)) {
		const path = fontPath(file);
		if (!GlobalFonts.registerFromPath(path, family)) {
			throw new Error(
				`Preview images: could not load the font ${path} (from ${file}) as "${family}"`,
			);
		}
	}
	registered = true;
}

/**
 * Weights per locale: Source Serif is variable, so English labels can be semibold; Naskh has one
 * weight and Arabic is never given a synthetic bold (as on the site), so it stays regular.
 */
const weights: Record<Locale, { regular: number; strong: number }> = {
	ar: { regular: 400, strong: 400 },
	en: { regular: 400, strong: 600 },
};

/** A CSS `font` value for the canvas: `600 40px "Close Reading OG Serif", …`. */
export function previewFont(
	locale: Locale,
	sizePx: number,
	weight: 'regular' | 'strong' = 'regular',
): string {
	registerPreviewFonts();
	return `${weights[locale][weight]} ${sizePx}px ${stacks[locale].map((family) => `"${family}"`).join(', ')}`;
}

/** The path of the font file behind a family, for tests that load the same file elsewhere. */
export function previewFontFile(family: PreviewFontFamily): string {
	return fontPath(fontFiles[family]);
}

function fontPath(file: string): string {
	return resolve('node_modules', file);
}
