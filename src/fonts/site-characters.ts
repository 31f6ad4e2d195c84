import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { localeCodes, locales } from '../i18n/config';

/**
 * Every character the built site can print, gathered before the build from what it prints from:
 * the content (articles, notes, glossary, timeline, sources register), the source (interface strings, components'
 * own symbols such as · ↗ ⇄), what `Intl` writes for dates in each locale (month names, the range
 * dash and its spaces), and printable ASCII. A generous superset: the cost of a spare glyph is a
 * few bytes, the cost of a missing one a system face in the middle of a word. The build then checks
 * every page against it (integrations/font-coverage.ts), so a gap fails, naming page and character.
 */
export function siteCharacters(root = process.cwd()): Set<string> {
	const characters = new Set<string>();
	const add = (text: string) => {
		for (const character of text) characters.add(character);
	};
	for (let code = 0x20; code <= 0x7e; code += 1) add(String.fromCodePoint(code));
	const states = new Set<string>();
	for (const folder of ['content', 'src']) {
		for (const file of filesUnder(join(root, folder))) {
			if (!/\.(md|txt|ya?ml|ts|astro|css)$/.test(file)) continue;
			const text = readFileSync(file, 'utf8');
			add(text);
			for (const [, state] of text.matchAll(/^state:\s*([A-Z]{2})\s*$/gm)) states.add(state!);
		}
	}
	for (const code of localeCodes) add(intlSamples(locales[code].intl, states));
	for (const control of ['\n', '\t', '\r']) characters.delete(control);
	return characters;
}

/**
 * What `Intl` writes in a locale: every month's name, day and month ranges, numbers, and the
 * names of the states that own the state media the sources register lists.
 */
function intlSamples(intl: string, states: ReadonlySet<string>): string {
	const day = new Intl.DateTimeFormat(intl, {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC',
	});
	const month = new Intl.DateTimeFormat(intl, { month: 'long', year: 'numeric', timeZone: 'UTC' });
	const samples: string[] = [];
	for (let m = 0; m < 12; m += 1) {
		const start = new Date(Date.UTC(2021, m, 8));
		samples.push(day.format(start), month.format(start));
		samples.push(day.formatRange(start, new Date(Date.UTC(2021, m, 16))));
		samples.push(day.formatRange(start, new Date(Date.UTC(2021, (m + 1) % 12, 3))));
		samples.push(month.formatRange(start, new Date(Date.UTC(2022, m, 8))));
	}
	samples.push(new Intl.NumberFormat(intl).format(1234567.89));
	const regions = new Intl.DisplayNames(intl, { type: 'region' });
	for (const state of states) samples.push(regions.of(state) ?? state);
	return samples.join(' ');
}

function filesUnder(folder: string): string[] {
	return readdirSync(folder, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name));
}
