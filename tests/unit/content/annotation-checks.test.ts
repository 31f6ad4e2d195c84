import { checkUniqueIds } from '../../../src/data/checks/unique-ids';
import { describe, expect, it } from 'vitest';
import { checkNoteAnchors } from '../../../src/data/checks/note-anchors';
import {
	checkSharedFields,
	checkTranslationPairs,
} from '../../../src/data/checks/translation-pairs';

const article = {
	file: 'content/articles/peru-integration/en.md',
	paragraphs: [
		{ id: 'p1', text: 'Peru made a 180-degree turn.' },
		{ id: 'p2', text: 'It left the group.' },
	],
	annotations: [
		{
			directive: 'note' as const,
			ref: 'turn',
			paragraph: 'p1',
			text: '180-degree turn',
			sentence: '',
		},
	],
};
const note = {
	slug: 'turn',
	file: 'content/articles/peru-integration/notes/en/turn.md',
	paragraph: 'p1',
	quote: '180-degree turn',
};

describe('checkNoteAnchors', () => {
	it('accepts a note whose quote is marked in its paragraph', () => {
		expect(checkNoteAnchors([note], article)).toEqual([]);
	});

	it('names the note file when its quote is not in its paragraph', () => {
		expect(checkNoteAnchors([{ ...note, quote: '90-degree turn' }], article)).toEqual([
			{
				file: 'content/articles/peru-integration/notes/en/turn.md',
				message:
					'quote "90-degree turn" is not in paragraph p1 of content/articles/peru-integration/en.md',
			},
		]);
	});

	it('reports a missing paragraph, a missing anchor, an anchor elsewhere, and different words', () => {
		const messages = (input: typeof note) =>
			checkNoteAnchors([input], article).map(({ message }) => message);
		expect(messages({ ...note, paragraph: 'p9' })).toEqual([
			'paragraph "p9" does not exist in content/articles/peru-integration/en.md',
		]);
		expect(messages({ ...note, slug: 'left', paragraph: 'p2', quote: 'left' })[0]).toMatch(
			/is not anchored in content\/articles\/peru-integration\/en\.md: mark the quote in p2 with :note\[left\]\{#left\}/,
		);
		expect(messages({ ...note, quote: 'turn' })[0]).toMatch(
			/differs from the words content\/articles\/peru-integration\/en\.md marks: "180-degree turn"/,
		);
		const moved = {
			...article,
			paragraphs: [...article.paragraphs, { id: 'p3', text: 'a 180-degree turn' }],
		};
		expect(checkNoteAnchors([{ ...note, paragraph: 'p3' }], moved)[0]?.message).toBe(
			'belongs to p3 but content/articles/peru-integration/en.md anchors it in p1',
		);
	});
});

describe('checkTranslationPairs', () => {
	it('names the file whose other language is missing', () => {
		const entries = [
			{ locale: 'ar' as const, slug: 'oas', file: 'content/glossary/ar/oas.md' },
			{ locale: 'en' as const, slug: 'oas', file: 'content/glossary/en/oas.md' },
			{ locale: 'en' as const, slug: 'celac', file: 'content/glossary/en/celac.md' },
		];
		expect(checkTranslationPairs(entries, ['ar', 'en'])).toEqual([
			{
				file: 'content/glossary/en/celac.md',
				message: 'has no ar version: add content/glossary/ar/celac.md',
			},
		]);
	});
});

describe('checkSharedFields', () => {
	it('reports a field that differs between languages', () => {
		const problems = checkSharedFields(
			[
				{ locale: 'ar', slug: 'x', file: 'ar/x.md', fields: { kind: 'framing', paragraph: 'p1' } },
				{ locale: 'en', slug: 'x', file: 'en/x.md', fields: { kind: 'context', paragraph: 'p1' } },
			],
			['kind', 'paragraph'],
		);
		expect(problems).toEqual([
			{ file: 'en/x.md', message: 'kind is "context" but ar/x.md says "framing"' },
		]);
	});
});

describe('checkUniqueIds', () => {
	it('names every file of a second article that reuses a note id, with the first one’s', () => {
		const note = (article: string, locale: string) => ({
			slug: 'withdrawal',
			article,
			file: `content/articles/${article}/notes/${locale}/withdrawal.md`,
		});
		expect(
			checkUniqueIds([note('a', 'ar'), note('a', 'en'), note('b', 'ar'), note('b', 'en')]),
		).toEqual([
			{
				file: 'content/articles/b/notes/ar/withdrawal.md',
				message:
					'note id "withdrawal" is taken by content/articles/a/notes/ar/withdrawal.md: note ids are addresses, unique across articles; rename this one',
			},
			{
				file: 'content/articles/b/notes/en/withdrawal.md',
				message:
					'note id "withdrawal" is taken by content/articles/a/notes/ar/withdrawal.md: note ids are addresses, unique across articles; rename this one',
			},
		]);
		expect(checkUniqueIds([note('a', 'ar'), note('a', 'en')])).toEqual([]);
	});
});
