import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../../src/i18n/config';
import { dictionaries } from '../../../src/i18n/ui';

const placeholders = (text: string) =>
	[...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
const reference = dictionaries.en;

describe('interface dictionaries', () => {
	it.each(localeCodes)('%s has exactly the keys of en.ts', (code) => {
		expect(Object.keys(dictionaries[code]).sort()).toEqual(Object.keys(reference).sort());
	});

	it.each(localeCodes)('%s has no empty string', (code) => {
		for (const [key, value] of Object.entries(dictionaries[code]))
			expect(value.trim(), key).not.toBe('');
	});

	it.each(localeCodes)('%s uses the same placeholders as en.ts for every key', (code) => {
		for (const [key, value] of Object.entries(dictionaries[code])) {
			expect(placeholders(value), key).toEqual(
				placeholders(reference[key as keyof typeof reference]),
			);
		}
	});

	it('has Arabic strings written in Arabic', () => {
		const latinOnly = Object.entries(dictionaries.ar).filter(
			([, value]) => !/[\u0600-\u06FF]/.test(value),
		);
		expect(latinOnly).toEqual([]);
	});
});
