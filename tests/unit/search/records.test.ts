import { describe, expect, it } from 'vitest';
import { toPagefindRecord, type SearchRecord } from '../../../src/search/records';

const term: SearchRecord = {
	url: '/ar/glossary/celac/',
	language: 'ar',
	kind: 'term',
	title: 'جماعة دول أمريكا اللاتينية والكاريبي (سيلاك)',
	detail: 'منظمة',
	text: 'منتدى إقليمي أُطلق في قمة كاراكاس.',
	keywords: ['CELAC'],
};

describe('toPagefindRecord', () => {
	const record = toPagefindRecord(term);

	it('indexes the folded text, the title and the other spellings', () => {
		expect(record.content).toContain('جماعه دول امريكا');
		expect(record.content).toContain('منتدي اقليمي اطلق في قمه كاراكاس');
		expect(record.content).toContain('CELAC');
		expect(record.content).not.toMatch(/[أإآةىُ]/);
	});

	it('keeps the text to show exactly as written, and the address without the base', () => {
		expect(record.meta).toEqual({
			title: term.title,
			kind: 'term',
			detail: 'منظمة',
			text: term.text,
		});
		expect(record.url).toBe('/ar/glossary/celac/');
		expect(record.language).toBe('ar');
	});
});
