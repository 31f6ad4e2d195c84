import { describe, expect, it } from 'vitest';
import { formatQuotation } from '../../../src/sharing/quotation';
import { fragmentTarget, textDirective } from '../../../src/sharing/text-fragment';

describe('textDirective', () => {
	it('writes a short selection whole, with the words around it as context', () => {
		expect(
			textDirective({
				runs: ['the approval of the'],
				before: 'of Venezuela, with ',
				after: ' then',
			}),
		).toBe(':~:text=of%20Venezuela%2C%20with-,the%20approval%20of%20the,-then');
	});

	it('writes a long selection as its first and last words, never across hidden words', () => {
		const directive = textDirective({
			runs: ['وتأسست مجموعة ليما عام 2017', '، التي دعمت الإجراءات التدخلية ضد الشعب الفنزويلي'],
			before: '',
			after: ' ودعمت',
		});
		const [start, end, suffix] = directive
			.replace(':~:text=', '')
			.split(',')
			.map(decodeURIComponent);
		expect([start, end, suffix]).toEqual([
			'وتأسست مجموعة ليما عام',
			'التدخلية ضد الشعب الفنزويلي',
			'-ودعمت',
		]);
	});

	it('drops a run of bare punctuation at an edge, and the context it no longer touches', () => {
		expect(
			textDirective({
				runs: ['with the approval of the then president of the United States, Donald Trump', ','],
				before: 'of Venezuela, ',
				after: ' who during',
			}),
		).toBe(
			':~:text=of%20Venezuela%2C-,with%20the%20approval%20of,United%20States%2C%20Donald%20Trump',
		);
	});

	it('encodes the characters the syntax uses: dash, comma, ampersand', () => {
		expect(textDirective({ runs: ['a-b, c&d'], before: '', after: '' })).toBe(
			':~:text=a%2Db%2C%20c%26d',
		);
	});
});

describe('fragmentTarget', () => {
	it('reads the id before the directive', () => {
		expect(fragmentTarget('#p4-s2:~:text=foo')).toBe('p4-s2');
		expect(fragmentTarget('#:~:text=foo')).toBe('');
		expect(fragmentTarget('#p4')).toBe('p4');
	});
});

describe('formatQuotation', () => {
	const url = 'https://close-reading.example/ar/peru-integration/#p1-s2';
	it('isolates the Arabic quote right to left and the link left to right', () => {
		expect(
			formatQuotation(
				'«{{quote}}» — إذاعة هافانا كوبا، 8–16 أغسطس 2021. {{url}}',
				'  وأعلنت انها ضد العقوبات،\n',
				'rtl',
				url,
			),
		).toBe(
			`«\u2067وأعلنت انها ضد العقوبات\u2069» — إذاعة هافانا كوبا، 8–16 أغسطس 2021. \u2066${url}\u2069`,
		);
	});

	it('keeps the quote verbatim inside, whatever it holds', () => {
		const quote = 'تحولاً بمقدار 180 درجة $& {{url}}';
		expect(formatQuotation('“{{quote}}” {{url}}', quote, 'ltr', url)).toBe(
			`“\u2066${quote}\u2069” \u2066${url}\u2069`,
		);
	});
});
