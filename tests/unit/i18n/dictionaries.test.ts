import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../../src/i18n/config';
import { pluralCategories } from '../../../src/i18n/translate';
import { dictionaries, type PluralMessage } from '../../../src/i18n/ui';

const placeholders = (text: string) =>
	[...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
const reference = dictionaries.en;
/** Every string of a dictionary, a plural message's forms each on its own: `search.results.few`. */
const strings = (code: (typeof localeCodes)[number]) =>
	Object.entries(dictionaries[code]).flatMap(([key, value]): [string, string][] =>
		typeof value === 'string'
			? [[key, value]]
			: Object.entries(value as PluralMessage).map(([form, text]): [string, string] => [
					`${key}.${form}`,
					text ?? '',
				]),
	);
const plurals = (code: (typeof localeCodes)[number]) =>
	Object.entries(dictionaries[code]).filter(
		(entry): entry is [string, PluralMessage] => typeof entry[1] !== 'string',
	);

describe('interface dictionaries', () => {
	it.each(localeCodes)('%s has exactly the keys of en.ts', (code) => {
		expect(Object.keys(dictionaries[code]).sort()).toEqual(Object.keys(reference).sort());
	});

	it.each(localeCodes)('%s has no empty string', (code) => {
		for (const [key, value] of strings(code)) expect(value.trim(), key).not.toBe('');
	});

	it.each(localeCodes)('%s uses the same placeholders as en.ts for every key', (code) => {
		const expected = new Map(
			strings('en').map(([key, value]) => [
				key.replace(/\.(zero|one|two|few|many|other)$/, ''),
				placeholders(value),
			]),
		);
		for (const [key, value] of strings(code)) {
			const base =
				typeof dictionaries[code][key as keyof typeof reference] === 'string'
					? key
					: key.replace(/\.\w+$/, '');
			// A form for one item may say "one" in words rather than {{n}}.
			expect(
				placeholders(value).filter((name) => name !== 'n'),
				key,
			).toEqual((expected.get(base) ?? []).filter((name) => name !== 'n'));
		}
	});

	it.each(localeCodes)(
		'%s gives each message with a count exactly the plural forms its rules use',
		(code) => {
			for (const [key, message] of plurals(code))
				expect(Object.keys(message).sort(), key).toEqual([...pluralCategories(code)].sort());
		},
	);

	it('Arabic has six plural forms and English two, so English carries no form it does not use', () => {
		expect(pluralCategories('ar')).toHaveLength(6);
		expect(pluralCategories('en')).toEqual(['one', 'other']);
	});

	it('has Arabic strings written in Arabic', () => {
		const latinOnly = strings('ar').filter(([, value]) => !/[\u0600-\u06FF]/.test(value));
		expect(latinOnly).toEqual([]);
	});
});
