import { describe, expect, it } from 'vitest';
import { checkEventReferences } from '../../../src/data/checks/event-references';
import { checkTopicMarks } from '../../../src/data/checks/topic-marks';
import { checkWrittenDates } from '../../../src/data/checks/written-dates';
import { timelineSchema } from '../../../src/schemas/timeline';

const known = {
	topics: ['lima-group', 'peru'],
	terms: new Set(['lima-group', 'unasur']),
	articles: new Map([
		[
			'peru-integration',
			{ file: 'content/articles/peru-integration/en.md', paragraphs: new Set(['p1', 'p2', 'p3']) },
		],
		['other', { file: 'content/articles/other/en.md', paragraphs: new Set(['p1']) }],
	]),
};
const event = {
	file: 'content/timeline/en/lima-declaration.md',
	topics: ['lima-group'],
	terms: ['lima-group'],
	concerns: [{ article: 'peru-integration', paragraphs: ['p3'] }],
	body: 'Twelve governments sign.',
};

describe('checkEventReferences', () => {
	it('accepts known terms and paragraphs with a description', () => {
		expect(checkEventReferences([event], known)).toEqual([]);
	});

	it('accepts paragraphs of several articles', () => {
		const concerns = [...event.concerns, { article: 'other', paragraphs: ['p1'] }];
		expect(checkEventReferences([{ ...event, concerns }], known)).toEqual([]);
	});

	it('names the file and the unknown term, article or paragraph', () => {
		const concerns = [
			{ article: 'peru-integration', paragraphs: ['p12'] },
			{ article: 'nowhere', paragraphs: ['p1'] },
		];
		const problems = checkEventReferences([{ ...event, terms: ['lima-grup'], concerns }], known);
		expect(problems).toEqual([
			{
				file: event.file,
				message: 'unknown glossary term "lima-grup": no content/glossary/<locale>/lima-grup.md',
			},
			{
				file: event.file,
				message:
					'unknown paragraph "p12" of peru-integration: content/articles/peru-integration/en.md has p1, p2, p3',
			},
			{
				file: event.file,
				message: 'unknown article "nowhere": content/articles/ has peru-integration, other',
			},
		]);
	});

	it('does not take the paragraph of the wrong article', () => {
		const problems = checkEventReferences(
			[{ ...event, concerns: [{ article: 'other', paragraphs: ['p3'] }] }],
			known,
		);
		expect(problems.map(({ message }) => message)).toEqual([
			'unknown paragraph "p3" of other: content/articles/other/en.md has p1',
		]);
	});

	it('names an unknown topic, and the topics there are', () => {
		const problems = checkEventReferences([{ ...event, topics: ['lima-grup', 'peru'] }], known);
		expect(problems.map(({ message }) => message)).toEqual([
			'unknown topic "lima-grup": content/topics.yaml has lima-group, peru',
		]);
	});

	it('reports a missing description and repeated ids', () => {
		const problems = checkEventReferences(
			[{ ...event, terms: ['unasur', 'unasur'], body: '  \n' }],
			known,
		);
		expect(problems.map(({ message }) => message)).toEqual([
			'lists term "unasur" twice',
			'has no description: write one or two sentences after the front matter',
		]);
	});
});

describe('checkTopicMarks', () => {
	it('names a topic whose mark another topic has, so the two lanes would look alike', () => {
		const square = { shape: 'square', colour: 'accent' };
		expect(
			checkTopicMarks('content/topics.yaml', [
				{ id: 'lima-group', mark: square },
				{ id: 'unasur', mark: { shape: 'square', colour: 'context' } },
				{ id: 'celac', mark: square },
			]),
		).toEqual([
			{
				file: 'content/topics.yaml',
				message:
					'topic "celac" has the same mark as "lima-group" (square, accent): give it another shape or colour',
			},
		]);
	});
});

describe('timelineSchema', () => {
	const valid = {
		date: '2014-01-28',
		title: 'Zone of Peace',
		topics: ['celac'],
		sources: ['efe-some-report', { id: 'reuters-other', pinpoint: 'p. 2' }],
	};
	const issues = (data: unknown) => {
		const result = timelineSchema.safeParse(data);
		return result.success
			? []
			: result.error.issues.map(({ path, message }) => `${path.join('.')}: ${message}`);
	};

	it('accepts a day, a month or a year, and a range at one precision', () => {
		expect(issues(valid)).toEqual([]);
		expect(issues({ ...valid, date: '2021-08' })).toEqual([]);
		expect(issues({ ...valid, date: 2004 })).toEqual([]);
		expect(issues({ ...valid, date: new Date('2014-01-28T00:00:00Z'), end: '2014-01-29' })).toEqual(
			[],
		);
	});

	it('rejects dates that are malformed or not in the calendar', () => {
		expect(issues({ ...valid, date: '28/01/2014' })).toEqual([
			'date: use YYYY-MM-DD, YYYY-MM or YYYY',
		]);
		expect(issues({ ...valid, date: '2014-02-30' })).toEqual([
			'date: is not a date in the calendar',
		]);
		expect(issues({ ...valid, date: '2014-13' })).toEqual(['date: is not a date in the calendar']);
	});

	it('rejects a range that mixes precisions or runs backwards', () => {
		expect(issues({ ...valid, end: '2014-02' })).toEqual([
			'end: must be written at the same precision as date (both YYYY-MM-DD, both YYYY-MM or both YYYY)',
		]);
		expect(issues({ ...valid, end: '2014-01-27' })).toEqual(['end: must come after date']);
	});

	it('rejects a topic that is not an id and a malformed paragraph id', () => {
		// Whether the topic exists is checked against content/topics.yaml (checkEventReferences).
		expect(issues({ ...valid, topics: ['Lima Group'] })).toEqual([
			'topics.0: a topic id such as lima-group',
		]);
		expect(
			issues({ ...valid, concerns: [{ article: 'peru-integration', paragraphs: ['4'] }] }),
		).toEqual(['concerns.0.paragraphs.0: a paragraph id such as p4']);
	});

	it('rejects paragraphs that do not name their article', () => {
		expect(issues({ ...valid, paragraphs: ['p4'] })[0]).toMatch(
			/^: Unrecognized key.*"paragraphs"/,
		);
		expect(issues({ ...valid, concerns: [{ paragraphs: ['p4'] }] })[0]).toMatch(
			/^concerns\.0\.article: /,
		);
	});
});

describe('checkWrittenDates', () => {
	const file = 'content/timeline/en/x.md';

	it('accepts real dates in block and flow style', () => {
		const source =
			'---\ndate: 2014-01-28\nend: "2014-01-29"\ndates:\n  - { date: 2008-05-23, label: Signed }\n  - { date: 2021-08, label: x }\n---\nBody 2021-02-30.';
		expect(checkWrittenDates(file, source)).toEqual([]);
	});

	it('names the line of a date the YAML parser would silently roll over', () => {
		const source =
			'---\ntitle: X\ndate: 2021-02-30\nsources:\n  - { url: "https://x.org", date: 2021-13 }\n---\n';
		expect(checkWrittenDates(file, source)).toEqual([
			{
				file: `${file}:3`,
				message: 'date "2021-02-30" is not a date in the calendar (YYYY-MM-DD)',
			},
			{ file: `${file}:5`, message: 'date "2021-13" is not a date in the calendar (YYYY-MM-DD)' },
		]);
	});
});

describe('the topic marks', () => {
	it('time-axis.css colours every colour a topic may take, and no other', async () => {
		const { readFileSync } = await import('node:fs');
		const { markColours } = await import('../../../src/schemas/vocabulary');
		const css = readFileSync('src/styles/time-axis.css', 'utf8');
		const styled = [...css.matchAll(/\.mark-([a-z-]+) \{/g)].map(([, colour]) => colour);
		expect(styled.sort()).toEqual([...markColours].sort());
	});

	it('the time axis draws every shape a topic may take', async () => {
		const { markShapes } = await import('../../../src/schemas/vocabulary');
		const { markPaths } = await import('../../../src/pictures/topic-marks');
		expect(Object.keys(markPaths).sort()).toEqual([...markShapes].sort());
	});
});
