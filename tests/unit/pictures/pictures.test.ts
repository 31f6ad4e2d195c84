import { describe, expect, it } from 'vitest';
import { inReadingDirection, percent, stackLevels } from '../../../src/pictures/stack';
import { labelSpacing, timeAxis } from '../../../src/pictures/time-axis';
import { shapeOf, verdictMap } from '../../../src/pictures/verdict-map';

describe('stackLevels', () => {
	it('stacks marks closer than the gap and leaves the others on the line', () => {
		expect(stackLevels([10, 11, 12, 30, 31.5, 50], 3)).toEqual([0, 1, 2, 0, 1, 0]);
	});
	it('reuses a level once the marks on it are far enough', () => {
		expect(stackLevels([10, 12, 14, 16], 3)).toEqual([0, 1, 0, 1]);
	});
});

describe('reading direction', () => {
	it('measures from the right in Arabic and from the left in English', () => {
		expect(inReadingDirection(10, 'ltr')).toBe(10);
		expect(inReadingDirection(10, 'rtl')).toBe(90);
	});
	it('writes short percentages', () => {
		expect(percent(12.345)).toBe('12.3%');
		expect(percent(12.5, 0)).toBe('13%');
	});
});

describe('timeAxis', () => {
	const axis = timeAxis(
		[
			{ id: 'a', date: '2004-01-01', topics: ['unasur'] },
			{ id: 'b', date: '2021-08', topics: ['peru', 'lima-group'] },
			{ id: 'c', date: '2021-08-09', topics: ['peru'] },
			{ id: 'd', date: '2014-01-28', end: '2014-01-29', topics: ['celac'] },
		],
		['lima-group', 'unasur', 'celac', 'venezuela', 'peru'],
	);

	it('runs on a true scale from the first year to the end of the last, empty years included', () => {
		expect(axis.years.map(({ year }) => year)).toEqual(
			Array.from({ length: 18 }, (_, index) => 2004 + index),
		);
		const widths = axis.years.slice(1).map(({ x }, index) => x - axis.years[index]!.x);
		for (const width of widths) expect(width).toBeCloseTo(100 / 18, 1);
	});

	it('puts a day on its day and a month in its middle, and draws a range to its last day', () => {
		const unasur = axis.lanes.find(({ topic }) => topic === 'unasur')!;
		expect(unasur.marks[0]!.x).toBeCloseTo((100 * 0.5) / 366 / 18, 2);
		const celac = axis.lanes.find(({ topic }) => topic === 'celac')!.marks[0]!;
		expect(celac.end! - celac.x).toBeGreaterThan(0);
		const august =
			(Date.UTC(2021, 7, 16, 12) - Date.UTC(2004, 0, 1)) /
			(Date.UTC(2022, 0, 1) - Date.UTC(2004, 0, 1));
		expect(axis.lanes.find(({ topic }) => topic === 'lima-group')!.marks[0]!.x).toBeCloseTo(
			100 * august,
			1,
		);
	});

	it('gives each topic its lane, an event a mark in each of its lanes, and stacks a bunch', () => {
		expect(axis.lanes.map(({ topic }) => topic)).toEqual([
			'lima-group',
			'unasur',
			'celac',
			'venezuela',
			'peru',
		]);
		const peru = axis.lanes.find(({ topic }) => topic === 'peru')!;
		expect(peru.marks.map(({ id, level }) => [id, level])).toEqual([
			['c', 0],
			['b', 1],
		]);
		expect(peru.levels).toBe(2);
		expect(axis.lanes.find(({ topic }) => topic === 'venezuela')!.marks).toEqual([]);
	});

	it('thins year labels by scale: every fifth always, every second wider, every year widest', () => {
		expect([2005, 2010, 2020].map(labelSpacing)).toEqual([5, 5, 5]);
		expect([2004, 2008, 2018].map(labelSpacing)).toEqual([2, 2, 2]);
		expect([2007, 2011, 2021].map(labelSpacing)).toEqual([1, 1, 1]);
	});
});

describe('verdictMap', () => {
	const paragraphs = [
		{ id: 'p1', text: 'a'.repeat(100) },
		{ id: 'p2', text: `${'b'.repeat(50)}claim${'c'.repeat(245)}` },
	];
	const map = verdictMap(paragraphs, [
		{ id: 'late', kind: 'fact-check', verdict: 'inaccurate', paragraph: 'p2', quote: 'claim' },
		{ id: 'early', kind: 'framing', paragraph: 'p1', quote: 'aaaa' },
	]);

	it('gives each paragraph a stretch as long as its text, in reading order', () => {
		const [first, second] = map.paragraphs;
		expect(first!.start).toBe(0);
		expect((second!.end - second!.start) / (first!.end - first!.start)).toBeCloseTo(3, 5);
		expect(second!.end).toBeCloseTo(100, 5);
	});

	it('puts each mark at the middle of the words its note quotes, shaped by kind and verdict', () => {
		const [early, late] = map.marks;
		expect(early).toMatchObject({ id: 'early', shape: 'framing' });
		expect(late).toMatchObject({ id: 'late', shape: 'fc-inaccurate' });
		const second = map.paragraphs[1]!;
		expect(late!.x).toBeCloseTo(second.start + ((50 + 2.5) / 300) * (second.end - second.start), 5);
		expect(shapeOf({ kind: 'context' })).toBe('context');
	});
});
