import { describe, expect, it } from 'vitest';
import { exactFirst, howNamed, namedTerm, phraseFirst } from '../../../src/search/ranking';

describe('phraseFirst', () => {
	const apart = { id: 'apart', words: [3, 9] };
	const together = { id: 'together', words: [14, 15] };

	it('moves a record holding the words side by side ahead, keeping the order otherwise', () => {
		expect(phraseFirst([apart, together], 2).map(({ id }) => id)).toEqual(['together', 'apart']);
	});

	it('leaves a one-word query in Pagefind’s order', () => {
		expect(phraseFirst([apart, together], 1).map(({ id }) => id)).toEqual(['apart', 'together']);
	});
});

describe('howNamed and namedTerm', () => {
	const names = ['مجموعة ليما', 'Lima Group', 'Grupo de Lima'];

	it('names the term by any of its names, without hamza, ال, ة or case', () => {
		for (const query of ['مجموعه ليما', 'lima group', 'grupo de lima', 'المجموعة ليما'])
			expect(howNamed(query, names)).toBe('name');
	});

	it('does not name it by part of a name, or more than it', () => {
		expect(howNamed('Lima', names)).toBeUndefined();
		expect(howNamed('Lima Group exit', names)).toBeUndefined();
	});

	it('names it by the name without its brackets, and less surely by what they hold', () => {
		const celac = ['جماعة دول أمريكا اللاتينية والكاريبي (سيلاك)'];
		expect(howNamed('جماعه دول امريكا اللاتينيه والكاريبي', celac)).toBe('name');
		expect(howNamed('سيلاك', celac)).toBe('short');
	});

	it('prefers the term named outright to one that only brackets the name', () => {
		const terms = [
			{ id: 'pro-tempore', names: ['Pro tempore presidency (CELAC)'] },
			{ id: 'celac', names: ['Community of Latin American and Caribbean States (CELAC)', 'CELAC'] },
		];
		expect(namedTerm(terms, 'CELAC', ({ names: n }) => n)?.id).toBe('celac');
		expect(namedTerm(terms.slice(0, 1), 'CELAC', ({ names: n }) => n)?.id).toBe('pro-tempore');
	});
});

describe('exactFirst', () => {
	const fields = (item: { title: string; text: string }) => ({ ...item, names: '' });
	const items = [
		{ title: 'Paragraph 2', text: 'the group, named after Lima, …' },
		{ title: 'Paragraph 5', text: 'exit from the Lima Group was announced' },
		{ title: 'Lima Group', text: '…' },
	];

	it('puts a title holding the query first, then a text holding it, then the rest', () => {
		expect(exactFirst(items, 'lima group', fields).map(({ title }) => title)).toEqual([
			'Lima Group',
			'Paragraph 5',
			'Paragraph 2',
		]);
	});
});
