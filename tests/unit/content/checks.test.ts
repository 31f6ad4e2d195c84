import { checkPlaceholders } from '../../../src/data/checks/placeholders';
import { describe, expect, it } from 'vitest';
import { checkParagraphParity } from '../../../src/data/checks/paragraph-parity';
import { ContentCheckError, assertNoProblems } from '../../../src/data/checks/problems';
import { checkProvenanceAgreement } from '../../../src/data/checks/provenance-agreement';
import { checkVerbatim } from '../../../src/data/checks/verbatim';
import type { ArticleFrontmatter } from '../../../src/schemas/article';

const ar = { file: 'content/articles/peru-integration/ar.md', ids: ['p1', 'p2', 'p3'] };

describe('checkParagraphParity', () => {
	it('accepts the same ids in the same order', () => {
		expect(
			checkParagraphParity(ar, [
				{ file: 'content/articles/peru-integration/en.md', ids: ['p1', 'p2', 'p3'] },
			]),
		).toEqual([]);
	});

	it('names the file and the ids that are missing or extra', () => {
		const problems = checkParagraphParity(ar, [
			{ file: 'content/articles/peru-integration/en.md', ids: ['p1', 'p3', 'p4'] },
		]);
		expect(problems).toEqual([
			{
				file: 'content/articles/peru-integration/en.md',
				message: 'missing paragraph "p2" that content/articles/peru-integration/ar.md has',
			},
			{
				file: 'content/articles/peru-integration/en.md',
				message: 'paragraph "p4" not in content/articles/peru-integration/ar.md',
			},
		]);
	});

	it('reports a different order', () => {
		const [problem] = checkParagraphParity(ar, [
			{ file: 'content/articles/peru-integration/en.md', ids: ['p2', 'p1', 'p3'] },
		]);
		expect(problem?.message).toMatch(/different order/);
	});

	it('reports a repeated id in any version, including the reference', () => {
		const problems = checkParagraphParity({ ...ar, ids: ['p1', 'p1'] }, []);
		expect(problems).toEqual([
			{
				file: 'content/articles/peru-integration/ar.md',
				message: 'paragraph id "p1" appears more than once',
			},
		]);
	});
});

describe('checkVerbatim', () => {
	const received = 'السطر الأول.\nالسطر الثاني.';

	it('accepts paragraphs identical to the received lines', () => {
		const paragraphs = [
			{ id: 'p1', text: 'السطر الأول.' },
			{ id: 'p2', text: 'السطر الثاني.' },
		];
		expect(checkVerbatim('ar.md', paragraphs, 'original.txt', received)).toEqual([]);
	});

	it('points at the first changed character, even a single mark', () => {
		const paragraphs = [
			{ id: 'p1', text: 'السطر الأول.' },
			{ id: 'p2', text: 'السطر الثانى.' },
		];
		const [problem] = checkVerbatim('ar.md', paragraphs, 'original.txt', received);
		expect(problem?.file).toBe('ar.md');
		expect(problem?.message).toMatch(
			/paragraph p2 differs from line 2 of original.txt at character 12/,
		);
	});

	it('reports a missing paragraph', () => {
		const problems = checkVerbatim(
			'ar.md',
			[{ id: 'p1', text: 'السطر الأول.' }],
			'original.txt',
			received,
		);
		expect(problems).toEqual([
			{ file: 'ar.md', message: 'has 1 paragraphs but original.txt has 2' },
		]);
	});
});

describe('checkProvenanceAgreement', () => {
	const data = (url: string, latest: string): ArticleFrontmatter => ({
		title: 't',
		standfirst: 's',
		genre: 'g',
		role: 'original',
		provenance: {
			publisher: 'p',
			publisherNote: 'n',
			section: 's',
			url,
			published: { earliest: new Date('2021-08-08'), latest: new Date(latest) },
			checked: 'c',
		},
	});

	it('requires the same URL and dates in every language', () => {
		const reference = { file: 'ar.md', data: data('https://a.example/', '2021-08-16') };
		expect(
			checkProvenanceAgreement(reference, [
				{ file: 'en.md', data: data('https://a.example/', '2021-08-16') },
			]),
		).toEqual([]);
		const problems = checkProvenanceAgreement(reference, [
			{ file: 'en.md', data: data('https://b.example/', '2021-08-17') },
		]);
		expect(problems.map((p) => p.message)).toEqual([
			'provenance url is "https://b.example/" but ar.md says "https://a.example/"',
			'provenance latest is "2021-08-17" but ar.md says "2021-08-16"',
		]);
	});
});

describe('assertNoProblems', () => {
	it('throws one error listing every problem with its file', () => {
		const run = () =>
			assertNoProblems([
				{ file: 'content/articles/peru-integration/en.md', message: 'first' },
				{ file: 'content/articles/peru-integration/ar.md', message: 'second' },
			]);
		expect(run).toThrow(ContentCheckError);
		expect(run).toThrow(
			/2 problems:\n {2}content\/articles\/peru-integration\/en\.md: first\n {2}content\/articles\/peru-integration\/ar\.md: second/,
		);
	});
});

describe('checkPlaceholders', () => {
	it('names the line of a value still TODO, and lets comments say it', () => {
		const source =
			'---\n# Replace every TODO\ntitle: TODO\nprovenance:\n  publisher: Radio Habana Cuba # not TODO\n  section: TODO\n---\nBody TODO.';
		expect(checkPlaceholders('ar.md', source)).toEqual([
			{
				file: 'ar.md:3',
				message: 'title is still TODO: write it, or delete the line if it is optional',
			},
			{
				file: 'ar.md:6',
				message: 'section is still TODO: write it, or delete the line if it is optional',
			},
		]);
	});
});
