import { describe, expect, it } from 'vitest';
import { metaWeights, toPagefindRecord, type SearchRecord } from '../../../src/search/records';
import { mentionedTerms } from '../../../src/search/term-names';

const term: SearchRecord = {
	url: '/ar/glossary/celac/',
	language: 'ar',
	kind: 'term',
	title: 'جماعة دول أمريكا اللاتينية والكاريبي (سيلاك)',
	detail: 'منظمة',
	text: 'منتدى إقليمي أُطلق في قمة كاراكاس.',
	keywords: [],
	names: ['سيلاك', 'CELAC', 'Comunidad de Estados Latinoamericanos y Caribeños'],
};

describe('toPagefindRecord', () => {
	const record = toPagefindRecord(term);

	it('indexes the folded text, and the title and names folded apart, where they weigh more', () => {
		expect(record.content).toContain('منتدي اقليمي اطلق في قمه كاراكاس');
		expect(record.content).not.toMatch(/[أإآةىُ]/);
		// The title is searched as meta, not counted again in the body.
		expect(record.content).not.toContain('جماعه دول امريكا');
		expect(record.meta?.['searchTitle']).toBe('جماعه دول امريكا اللاتينيه والكاريبي (سيلاك)');
		expect(record.meta?.['searchNames']).toBe(
			'سيلاك · CELAC · Comunidad de Estados Latinoamericanos y Caribeños',
		);
		expect(record.filters).toEqual({ kind: ['term'] });
	});

	it('keeps the text to show exactly as written, weighing nothing, and the address without the base', () => {
		expect(record.meta).toMatchObject({
			title: term.title,
			kind: 'term',
			detail: 'منظمة',
			text: term.text,
		});
		for (const shown of ['title', 'kind', 'detail', 'text'] as const)
			expect(metaWeights[shown]).toBe(0);
		expect(metaWeights.searchTitle).toBeGreaterThan(metaWeights.searchNames);
		expect(record.url).toBe('/ar/glossary/celac/');
		expect(record.language).toBe('ar');
	});
});

describe('mentionedTerms', () => {
	const terms = [
		{ id: 'pedro-castillo', names: ['بيدرو كاستيو', 'كاستيو', 'Pedro Castillo'] },
		{ id: 'lima-group', names: ['مجموعة ليما', 'Lima Group'] },
		{ id: 'oas', names: ['OEA'] },
	];

	it('finds a term by a name in the text, in either script, however it is spelled', () => {
		expect(mentionedTerms('أعلن كاستيو أن…', [], terms).map(({ id }) => id)).toEqual([
			'pedro-castillo',
		]);
		expect(mentionedTerms('the LIMA group met', [], terms).map(({ id }) => id)).toEqual([
			'lima-group',
		]);
	});

	it('takes the annotated terms as they are, and ignores names too short to be sure of', () => {
		expect(mentionedTerms('nothing here', ['oas'], terms).map(({ id }) => id)).toEqual(['oas']);
		expect(mentionedTerms('the oea said', [], [{ id: 'x', names: ['EA'] }])).toEqual([]);
	});
});
