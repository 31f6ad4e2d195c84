import { describe, expect, it } from 'vitest';
import { findBidiRuns } from '../../../src/text/bidi-runs';
import { renderMarkdown } from '../../support/markdown';

const runsOf = (text: string, locale: 'ar' | 'en') =>
	findBidiRuns(text, locale).map(({ start, end }) => text.slice(start, end));

describe('findBidiRuns', () => {
	it('finds numbers and Latin names inside Arabic, without edge punctuation', () => {
		expect(runsOf('تأسست عام 2017، ودعمت Juan Guaidó.', 'ar')).toEqual(['2017', 'Juan Guaidó']);
		expect(runsOf('في عام 2014.', 'ar')).toEqual(['2014']);
		expect(runsOf('قمة 28–29 يناير', 'ar')).toEqual(['28–29']);
	});

	it('finds Arabic words inside English', () => {
		expect(runsOf('The word حصار means blockade.', 'en')).toEqual(['حصار']);
		expect(runsOf('Called مجموعة ليما in the text.', 'en')).toEqual(['مجموعة ليما']);
	});

	it('finds nothing in text of one direction', () => {
		expect(runsOf('نص عربي فقط، بلا أرقام.', 'ar')).toEqual([]);
		expect(runsOf('Plain English, 2021.', 'en')).toEqual([]);
	});
});

describe('rehype-isolate-bidi', () => {
	it('isolates numbers in Arabic left to right, leaving the text unchanged', async () => {
		const { code } = await renderMarkdown(':::p{#p1}\nتأسست عام 2017، ثم عام 2019.\n:::\n');
		expect(code).toContain('عام <span dir="ltr">2017</span>، ثم عام <span dir="ltr">2019</span>.');
	});

	it('tags Arabic inside English with lang and dir', async () => {
		const { code } = await renderMarkdown(
			':::p{#p1}\nThe text says حصار here.\n:::\n',
			'content/articles/peru-integration/en.md',
		);
		expect(code).toContain('says <span dir="rtl" lang="ar">حصار</span> here.');
	});

	it('does not wrap the paragraph number of the permalink', async () => {
		const { code } = await renderMarkdown(':::p{#p3}\nنص.\n:::\n');
		expect(code).toContain('data-ui="">3</a>نص.');
	});
});
