import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { buildCaches } from '../build-caches';
import subsetFont from 'subset-font';
import { faceCovers, webFaces, type WebFace } from './faces';
import { siteCharacters } from './site-characters';
import { unicodeRange } from './unicode-range';

/**
 * The font cache (buildCaches.fonts): the subsets, named by face, and what they were cut for; safe to
 * delete (the next build cuts them again). Vite fingerprints the subsets like any asset, so a new
 * cut gets a new `_astro/` name and no cached file ever changes in place.
 */
const manifestFile = 'manifest.json';

/** What each subset holds: the characters of the face's range the site prints. */
export type FontManifest = Record<string, { file: string; characters: string; key: string }>;

/**
 * Cuts every web face to the characters the site prints, keeping the OpenType layout Arabic needs
 * (initial, medial and final forms, the lam-alef ligatures, marks, kerning: HarfBuzz's subsetter,
 * through `subset-font`, keeps the default layout features). A face whose characters, source file
 * and subsetter are unchanged since the last build is not cut again.
 */
export async function subsetSiteFonts(root = process.cwd()): Promise<FontManifest> {
	const dir = join(root, buildCaches.fonts);
	mkdirSync(dir, { recursive: true });
	const previous = readManifest(dir);
	const characters = [...siteCharacters(root)];
	const version = String(
		(createRequire(import.meta.url)('subset-font/package.json') as { version: string }).version,
	);
	const manifest: FontManifest = {};
	for (const [name, face] of Object.entries(webFaces) as [string, WebFace][]) {
		const text = characters
			.filter((character) => faceCovers(face, character.codePointAt(0)!))
			.sort()
			.join('');
		const source = readFileSync(join(root, face.source));
		const key = createHash('sha256').update(text).update(source).update(version).digest('hex');
		const target = join(dir, face.file);
		if (previous[name]?.key !== key || !existsSync(target)) {
			writeFileSync(target, await subsetFont(source, text, { targetFormat: 'woff2' }));
		}
		manifest[name] = { file: face.file, characters: text, key };
	}
	writeFileSync(join(dir, manifestFile), JSON.stringify(manifest, null, '\t'));
	writeFileSync(join(dir, facesStylesheet), fontFaceRules(manifest));
	return manifest;
}

/** The stylesheet of the cut faces, beside them in the font cache: `@site-fonts/faces.css`. */
const facesStylesheet = 'faces.css';

/**
 * One `@font-face` per cut, its `unicode-range` exactly the characters the cut holds. Vite
 * resolves each `url()` beside the stylesheet and fingerprints the file, as for any asset.
 */
export function fontFaceRules(manifest: FontManifest): string {
	const rules = (Object.entries(webFaces) as [string, WebFace][]).map(([family, face]) =>
		[
			'@font-face {',
			`\tfont-family: '${family}';`,
			`\tsrc: url('./${face.file}') format('woff2');`,
			'\tfont-display: swap;',
			`\tfont-weight: ${face.weight};`,
			'\tfont-style: normal;',
			`\tunicode-range: ${unicodeRange(manifest[family]?.characters ?? '')};`,
			'}',
		].join('\n'),
	);
	return `/* Written by src/fonts/subset-fonts.ts at each build: do not edit. */\n${rules.join('\n\n')}\n`;
}

/** The manifest the last cut wrote, or nothing. */
export function readManifest(dir: string = buildCaches.fonts): FontManifest {
	const file = join(dir, manifestFile);
	return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as FontManifest) : {};
}
