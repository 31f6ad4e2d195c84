import { describe, expect, it } from 'vitest';
import { checkSegmentAlignment } from '../../../src/data/checks/segment-alignment';

const arFile = 'content/articles/peru-integration/ar.md';
const enFile = 'content/articles/peru-integration/en.md';

function version(file: string, paragraphs: Record<string, string[]>) {
	const source = ['---', 'title: x', '---', ''];
	const records = Object.entries(paragraphs).map(([id, texts]) => {
		source.push(`:::p{#${id}}`);
		source.push(texts.map((text, index) => `:s{#${id}-s${index + 1}}${text}`).join(' '), ':::', '');
		return {
			id,
			segments: texts.map((text, index) => ({ id: `${id}-s${index + 1}`, text, space: ' ' })),
		};
	});
	return { file, source: source.join('\n'), paragraphs: records };
}

describe('checkSegmentAlignment', () => {
	const original = version(arFile, {
		p1: ['حققت الحكومة تحولاً،', 'وأعلنت انها ضد العقوبات.'],
		p2: ['نص قصير.'],
	});

	it('accepts a translation cut into the same segments', () => {
		const translation = version(enFile, {
			p1: ['The government turned.', 'It declared that it opposes sanctions.'],
			p2: ['A short text.'],
		});
		expect(checkSegmentAlignment(original, [translation])).toEqual([]);
	});

	it('names the translation file and line of a paragraph cut differently', () => {
		const translation = version(enFile, {
			p1: ['The government turned and declared that it opposes sanctions.'],
			p2: ['A short', 'text.'],
		});
		expect(checkSegmentAlignment(original, [translation])).toEqual([
			{
				file: `${enFile}:5`,
				message: `paragraph p1 is cut into one segment but ${arFile} into 2 segments: mark the same segments, aligned by meaning, one for one (:s{#p1-s1} :s{#p1-s2})`,
			},
			{
				file: `${enFile}:9`,
				message: `paragraph p2 is cut into 2 segments but ${arFile} into one segment: mark the same segments, aligned by meaning, one for one (no mark)`,
			},
		]);
	});

	it('rejects an original cut where the author wrote no punctuation', () => {
		const [problem] = checkSegmentAlignment(
			version(arFile, { p1: ['حققت الحكومة', 'تحولاً كبيرا.'] }),
			[],
		);
		expect(problem).toEqual({
			file: `${arFile}:6`,
			message: expect.stringMatching(
				/^segment p1-s2 begins after "…حققت الحكومة", not after a punctuation mark/,
			) as string,
		});
	});

	it('rejects an original cut inside a quotation or brackets', () => {
		const problems = checkSegmentAlignment(
			version(arFile, {
				p1: ['قال «إننا نتجه،', 'نحو التكامل».'],
				p2: ['مجموعة (سيلاك،', 'وهي كذا).'],
			}),
			[],
		);
		expect(problems.map(({ message }) => message)).toEqual([
			expect.stringMatching(/^segment p1-s2 begins inside «…»/),
			expect.stringMatching(/^segment p2-s2 begins inside \(…\)/),
		]);
	});
});
