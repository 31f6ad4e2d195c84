import { describe, expect, it } from 'vitest';
import {
	checkCitations,
	checkRegistry,
	type RegistryEntry,
} from '../../../src/data/checks/source-citations';
import { checkWrittenDates } from '../../../src/data/checks/written-dates';
import { citationSchema } from '../../../src/schemas/shared';
import { sourceSchema } from '../../../src/schemas/source';

const locales = ['ar', 'en'] as const;

/** A registry entry as the loader hands it to the checks, its file text written out as YAML. */
function entry(id: string, fields: Record<string, unknown>): RegistryEntry {
	const data = sourceSchema.parse({
		url: `https://example.org/${id}`,
		title: `Title of ${id}`,
		lang: 'en',
		publisher: { en: 'Reuters', ar: 'وكالة رويترز' },
		kind: 'wire',
		...fields,
	});
	const text = Object.entries(data)
		.map(([key, value]) =>
			typeof value === 'object'
				? `${key}:\n${Object.entries(value as object)
						.map(([k, v]) => `  ${k}: ${String(v)}`)
						.join('\n')}`
				: `${key}: ${String(value)}`,
		)
		.join('\n');
	return { id, file: `content/sources/${id}.yaml`, text, data };
}

describe('citationSchema', () => {
	it('takes an id, or an id with a pinpoint, and gives both the same shape', () => {
		expect(citationSchema.parse('efe-report')).toEqual({ id: 'efe-report' });
		expect(citationSchema.parse({ id: 'efe-report', pinpoint: 'Article 2' })).toEqual({
			id: 'efe-report',
			pinpoint: 'Article 2',
		});
	});

	it('refuses a source written out in full, the way citations were before the register', () => {
		expect(
			citationSchema.safeParse({ title: 'T', url: 'https://example.org', kind: 'wire' }).success,
		).toBe(false);
	});
});

describe('sourceSchema', () => {
	it('wants the publisher in every language of the site', () => {
		const result = sourceSchema.safeParse({
			url: 'https://example.org/x',
			title: 'T',
			lang: 'es',
			publisher: { en: 'EFE' },
			kind: 'wire',
		});
		expect(result.success).toBe(false);
		expect(result.error?.issues.map(({ path }) => path.join('.'))).toEqual(['publisher.ar']);
	});
});

describe('checkCitations', () => {
	const registry = new Map([['reuters-argentina-leaves', entry('reuters-argentina-leaves', {})]]);
	const note = (text: string, citations: { id: string; title?: string }[]) => ({
		file: 'content/glossary/en/lima-group.md',
		text,
		citations,
	});

	it('names the line of an unknown id, and the near id that was meant', () => {
		const text = '---\nname: Lima Group\nsources:\n  - reuters-argentina-leave\n---\n';
		expect(checkCitations([note(text, [{ id: 'reuters-argentina-leave' }])], registry)).toEqual([
			{
				file: 'content/glossary/en/lima-group.md:4',
				message:
					'cites the source "reuters-argentina-leave", which content/sources/ does not have: add content/sources/reuters-argentina-leave.yaml, or cite "reuters-argentina-leaves"',
			},
		]);
	});

	it('offers no id when none is near', () => {
		const [problem] = checkCitations([note('', [{ id: 'xinhua-cancun' }])], registry);
		expect(problem?.message).not.toContain('or cite');
	});

	it('flags a written title that is not the register’s, and accepts the register’s own', () => {
		const text =
			'---\nsources:\n  - id: reuters-argentina-leaves\n    title: Argentina leaves\n---\n';
		expect(
			checkCitations(
				[note(text, [{ id: 'reuters-argentina-leaves', title: 'Argentina leaves' }])],
				registry,
			),
		).toEqual([
			{
				file: 'content/glossary/en/lima-group.md:4',
				message:
					'gives reuters-argentina-leaves the title "Argentina leaves", but content/sources/reuters-argentina-leaves.yaml says "Title of reuters-argentina-leaves": write the registry\'s title, or leave the title out',
			},
		]);
		expect(
			checkCitations(
				[
					note(text, [
						{ id: 'reuters-argentina-leaves', title: 'Title of reuters-argentina-leaves' },
					]),
				],
				registry,
			),
		).toEqual([]);
	});
});

describe('checkRegistry', () => {
	const messages = (entries: RegistryEntry[], cited = entries.map(({ id }) => id)) =>
		checkRegistry(entries, new Set(cited), locales).map(
			({ file, message }) => `${file}: ${message}`,
		);

	it('passes a register where every entry is cited, distinct and complete', () => {
		expect(
			messages([
				entry('a', {}),
				entry('b', { kind: 'state', state: 'CN', publisher: { en: 'Xinhua', ar: 'وكالة شينخوا' } }),
				entry('c', {
					kind: 'hosted-copy',
					copyOf: { en: 'UN document A/66/647', ar: 'وثيقة الأمم المتحدة A/66/647' },
				}),
			]),
		).toEqual([]);
	});

	it('flags two entries for one address, even written with www. and a trailing slash', () => {
		const twin = entry('b', { url: 'http://www.example.org/a/' });
		expect(messages([entry('a', {}), twin])).toEqual([
			'content/sources/b.yaml:1: has the address of content/sources/a.yaml: a source is described once; cite "a" and delete this file',
		]);
	});

	it('flags an entry nobody cites', () => {
		expect(messages([entry('a', {}), entry('b', {})], ['a'])).toEqual([
			'content/sources/b.yaml: is cited by no note, term or event: cite it as "b", or delete the file',
		]);
	});

	it('flags state media without a state, and a state on anything else', () => {
		expect(messages([entry('a', { kind: 'state' }), entry('b', { state: 'CU' })])).toEqual([
			'content/sources/a.yaml:7: is state media but names no state: add state: with the ISO 3166 code of the state that owns or controls it (CU, CN, VE, …)',
			'content/sources/b.yaml:8: names a state but its kind is wire: state: is for kind: state only',
		]);
	});

	it('flags a hosted copy that does not say what it copies', () => {
		expect(messages([entry('a', { kind: 'hosted-copy' })])).toEqual([
			'content/sources/a.yaml:7: is a hosted copy but does not say of what: add copyOf: naming the document and its author, in every language',
		]);
	});

	it('flags an outlet named two ways in one language', () => {
		expect(
			messages([entry('a', {}), entry('b', { publisher: { en: 'Reuters', ar: 'رويترز' } })]),
		).toEqual([
			'content/sources/b.yaml:5: calls the publisher "Reuters" "رويترز" in ar, but content/sources/a.yaml calls it "وكالة رويترز": one name per outlet',
		]);
	});
});

describe('checkWrittenDates in a register file', () => {
	it('names the line of an impossible date in a .yaml file', () => {
		expect(checkWrittenDates('content/sources/a.yaml', 'url: x\ndate: 2021-02-30\n')).toEqual([
			{
				file: 'content/sources/a.yaml:2',
				message: 'date "2021-02-30" is not a date in the calendar (YYYY-MM-DD)',
			},
		]);
	});
});
