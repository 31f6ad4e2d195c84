import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { missingCharacters, pageCharacters } from '../fonts/page-characters';
import { readManifest } from '../fonts/subset-fonts';
import { listFiles } from '../hosting/site-files';

/**
 * Once the pages are built, every character each page sets in a web face must be in that face's
 * cut (src/fonts/subset-fonts.ts): a new article with a letter the cut lacks would otherwise show
 * it in a system face, mid-word. Fails the build naming the page, the character and the face.
 */
export function fontCoverage(): AstroIntegration {
	return {
		name: 'close-reading:font-coverage',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const manifest = readManifest();
				const pages = listFiles(out).filter((file) => file.endsWith('.html'));
				const problems = pages.flatMap((page) =>
					missingCharacters(pageCharacters(readFileSync(join(out, page), 'utf8')), manifest).map(
						({ character, face }) =>
							`  dist/${page}: “${character}” (U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}) is not in the ${face} subset`,
					),
				);
				if (problems.length > 0) {
					throw new Error(
						`Font subsets: ${problems.length} character(s) the pages use are missing from the cut fonts. Write them where src/fonts/site-characters.ts reads (content/ or src/), or add them there:\n${problems.join('\n')}`,
					);
				}
				logger.info(`every character of ${pages.length} pages is in the font subsets`);
			},
		},
	};
}
