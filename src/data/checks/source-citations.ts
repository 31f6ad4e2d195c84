import { distance } from 'fastest-levenshtein';
import type { Locale } from '../../i18n/config';
import type { Citation } from '../../schemas/shared';
import type { SourceEntry } from '../../schemas/source';
import type { ContentProblem } from './problems';

/** A registry entry as the checks need it: `content/sources/<id>.yaml`, its text and its data. */
export interface RegistryEntry {
	id: string;
	file: string;
	text: string;
	data: SourceEntry;
}

/** A note, term or event as the checks need it: its file, the file's text and its citations. */
export interface CitingEntry {
	file: string;
	text: string;
	citations: readonly Citation[];
}

/** A citation list as one comparable value, for the check that every language cites the same. */
export function citedIds(citations: readonly Citation[]): string {
	return citations.map(({ id }) => id).join(', ');
}

/**
 * `file:line` of the first line of `text` that matches, or the file alone: every problem names
 * the place to open. (The YAML parser keeps no positions in what Astro hands over, so the line is
 * found again in the text.)
 */
export function at(file: string, text: string, line: RegExp): string {
	const index = text.split(/\r?\n/).findIndex((candidate) => line.test(candidate));
	return index < 0 ? file : `${file}:${index + 1}`;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const citationLine = (id: string) =>
	new RegExp(`^\\s*-\\s*(?:id:\\s*)?['"]?${escape(id)}['"]?\\s*$`);

/**
 * Every citation names a registry entry, and a title written beside it is the registry's own:
 * a source has one title everywhere.
 */
export function checkCitations(
	citing: readonly CitingEntry[],
	registry: ReadonlyMap<string, RegistryEntry>,
): ContentProblem[] {
	return citing.flatMap(({ file, text, citations }) =>
		citations.flatMap(({ id, title }): ContentProblem[] => {
			const entry = registry.get(id);
			if (!entry)
				return [
					{
						file: at(file, text, citationLine(id)),
						message: `cites the source "${id}", which content/sources/ does not have: add content/sources/${id}.yaml${closest(id, [...registry.keys()])}`,
					},
				];
			if (title !== undefined && title !== entry.data.title)
				return [
					{
						file: at(file, text, new RegExp(`^\\s*title:.*${escape(title.slice(0, 20))}`)),
						message: `gives ${id} the title "${title}", but ${entry.file} says "${entry.data.title}": write the registry's title, or leave the title out`,
					},
				];
			return [];
		}),
	);
}

/**
 * The registry itself: one entry per address, every entry cited, state media naming their state,
 * hosted copies naming what they copy, and one name per outlet in each language.
 */
export function checkRegistry(
	entries: readonly RegistryEntry[],
	cited: ReadonlySet<string>,
	locales: readonly Locale[],
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const byAddress = new Map<string, RegistryEntry>();
	for (const entry of entries) {
		const { file, text, data, id } = entry;
		const address = comparableAddress(data.url);
		const twin = byAddress.get(address);
		if (twin)
			problems.push({
				file: at(file, text, /^url:/),
				message: `has the address of ${twin.file}: a source is described once; cite "${twin.id}" and delete this file`,
			});
		else byAddress.set(address, entry);
		if (!cited.has(id))
			problems.push({
				file,
				message: `is cited by no note, term or event: cite it as "${id}", or delete the file`,
			});
		if (data.kind === 'state' && data.state === undefined)
			problems.push({
				file: at(file, text, /^kind:/),
				message:
					'is state media but names no state: add state: with the ISO 3166 code of the state that owns or controls it (CU, CN, VE, …)',
			});
		if (data.kind !== 'state' && data.state !== undefined)
			problems.push({
				file: at(file, text, /^state:/),
				message: `names a state but its kind is ${data.kind}: state: is for kind: state only`,
			});
		if ((data.kind === 'hosted-copy') !== (data.copyOf !== undefined))
			problems.push({
				file: at(file, text, data.copyOf ? /^copyOf:/ : /^kind:/),
				message:
					data.kind === 'hosted-copy'
						? 'is a hosted copy but does not say of what: add copyOf: naming the document and its author, in every language'
						: `says what it is a copy of, but its kind is ${data.kind}: make it kind: hosted-copy, or remove copyOf:`,
			});
	}
	problems.push(...checkOutletNames(entries, 'publisher', locales));
	problems.push(...checkOutletNames(entries, 'wire', locales));
	return problems;
}

/**
 * One name per outlet: two entries that call an outlet the same in one language call it the
 * same in every language (Reuters is «وكالة رويترز» wherever it appears).
 */
function checkOutletNames(
	entries: readonly RegistryEntry[],
	field: 'publisher' | 'wire',
	locales: readonly Locale[],
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	for (const locale of locales) {
		const first = new Map<string, RegistryEntry>();
		for (const entry of entries) {
			const names = entry.data[field];
			if (!names) continue;
			const reference = first.get(names[locale]);
			if (!reference) {
				first.set(names[locale], entry);
				continue;
			}
			const theirs = reference.data[field]!;
			for (const other of locales.filter((candidate) => names[candidate] !== theirs[candidate]))
				problems.push({
					file: at(entry.file, entry.text, new RegExp(`^\\s+${other}:`)),
					message: `calls the ${field} "${names[locale]}" "${names[other]}" in ${other}, but ${reference.file} calls it "${theirs[other]}": one name per outlet`,
				});
		}
	}
	return problems;
}

/** Addresses that lead to the same page: scheme, `www.` and a trailing slash aside. */
function comparableAddress(url: string): string {
	const { host, pathname, search } = new URL(url);
	return `${host.replace(/^www\./, '')}${pathname.replace(/\/$/, '')}${search}`.toLowerCase();
}

/** ", or cite "<id>"" for the nearest known id, when one is near enough to be a typo. */
function closest(id: string, known: readonly string[]): string {
	const near = known
		.map((candidate) => ({ candidate, distance: distance(id, candidate) }))
		.sort((a, b) => a.distance - b.distance)[0];
	return near && near.distance <= Math.max(3, id.length / 4) ? `, or cite "${near.candidate}"` : '';
}
