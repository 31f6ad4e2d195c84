import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { buildCaches } from '../build-caches';
import type { PreviewCard } from './card';
import { previewFontFile, type PreviewFontFamily } from './fonts';
import { renderPreviewCard } from './render';

/*
 * The preview-image cache (buildCaches.previews): one PNG per card, named by the hash of everything
 * the image depends on. Keys never collide across versions, so stale files are harmless.
 */

/**
 * The drawing code itself, as text: any change to the layout, the style, the line breaking, the
 * PNG encoder or the font stacks gives every card a new key. Listing the modules by hand would
 * let a new one slip through, so the folder is read whole (bundled by Vite as strings).
 */
const rendererSources = import.meta.glob<string>(['./*.ts', '!./preview-cache.ts'], {
	query: '?raw',
	import: 'default',
	eager: true,
});

const families: readonly PreviewFontFamily[] = [
	'Close Reading OG Naskh',
	'Close Reading OG Naskh Latin',
	'Close Reading OG Serif',
];

let fingerprint: string | undefined;

/** What every card depends on besides its own text: renderer code, canvas version, font files. */
function rendererFingerprint(): string {
	if (fingerprint) return fingerprint;
	const hash = createHash('sha256');
	for (const name of Object.keys(rendererSources).sort())
		hash.update(name).update(rendererSources[name]!);
	const canvas = createRequire(import.meta.url)('@napi-rs/canvas/package.json') as {
		version: string;
	};
	hash.update(canvas.version);
	for (const family of families) hash.update(readFileSync(previewFontFile(family)));
	fingerprint = hash.digest('hex');
	return fingerprint;
}

/** The cache key of one card: its every field, in a fixed order, and the renderer's fingerprint. */
export function previewCacheKey(card: PreviewCard, renderer = rendererFingerprint()): string {
	const fields = Object.entries(card).sort(([a], [b]) => a.localeCompare(b));
	return createHash('sha256').update(JSON.stringify(fields)).update(renderer).digest('hex');
}

export interface PreviewCacheOptions {
	dir?: string;
	render?: (card: PreviewCard) => Promise<Buffer>;
}

/**
 * The card's PNG from the cache, or drawn and stored there. Written under a temporary name and
 * renamed, so a build stopped halfway never leaves a truncated image to be served next time.
 */
export async function cachedPreviewImage(
	card: PreviewCard,
	{ dir = buildCaches.previews, render = renderPreviewCard }: PreviewCacheOptions = {},
): Promise<Buffer> {
	const file = join(dir, `${previewCacheKey(card)}.png`);
	if (existsSync(file)) return readFileSync(file);
	const png = await render(card);
	mkdirSync(dir, { recursive: true });
	const partial = `${file}.${process.pid}.partial`;
	writeFileSync(partial, png);
	renameSync(partial, file);
	return png;
}
