import { datePrecision, partialDateStart } from '../utils/dates';
import { stackLevels } from './stack';

/** An event as the axis needs it: when (a partial date, and the end of a range), and its threads. */
export interface AxisEvent {
	id: string;
	date: string;
	end?: string | undefined;
	topics: readonly string[];
}

export interface AxisMark {
	id: string;
	/** Where the event starts and (for a range) ends, in percent of the axis from its start. */
	x: number;
	end?: number;
	level: number;
	topics: readonly string[];
}

export interface TimeAxis {
	/** Every year of the axis, where it starts, and the widest spacing its label needs. */
	years: { year: number; x: number; every: 1 | 2 | 5 }[];
	/** One lane per topic, in the vocabulary's order, with its events' marks. */
	lanes: { topic: string; marks: AxisMark[]; levels: number }[];
}

/** Marks closer than this (percent of the axis) are stacked: about 9 px on a 290 px axis. */
export const axisMarkGap = 3.2;

/**
 * The timeline on a true time scale: from the first event's year to the end of the last one's,
 * every year the same width, empty ones too. A date known to the day sits on that day, one known
 * to the month or year in its middle; a range runs to the end of its last day, month or year.
 */
export function timeAxis(events: readonly AxisEvent[], topics: readonly string[]): TimeAxis {
	const starts = events.map(({ date }) => year(date));
	const first = Math.min(...starts);
	const last = Math.max(...events.map(({ date, end }) => year(end ?? date)));
	const from = Date.UTC(first, 0, 1);
	const to = Date.UTC(last + 1, 0, 1);
	const at = (time: number) => (100 * (time - from)) / (to - from);
	const years = Array.from({ length: last - first + 1 }, (_, index) => {
		const value = first + index;
		return { year: value, x: at(Date.UTC(value, 0, 1)), every: labelSpacing(value) };
	});
	const lanes = topics.map((topic) => {
		const inLane = events
			.filter((event) => event.topics.includes(topic))
			.map((event) => ({
				id: event.id,
				x: at(middle(event.date)),
				...(event.end ? { end: at(periodEnd(event.end)) } : {}),
				topics: event.topics,
			}))
			.sort((a, b) => a.x - b.x);
		const levels = stackLevels(
			inLane.map(({ x }) => x),
			axisMarkGap,
		);
		const marks = inLane.map((mark, index) => ({ ...mark, level: levels[index]! }));
		return { topic, marks, levels: Math.max(0, ...levels) + 1 };
	});
	return { years, lanes };
}

/**
 * The sparsest axis a year's label appears on: every fifth year always (2005, 2010, …), every
 * second from a medium width, every year on a wide one, so labels never touch (time-axis.css, whose
 * widths suit the timeline's 18 years; a span several times longer would want steps of 10).
 */
export function labelSpacing(value: number): 1 | 2 | 5 {
	return value % 5 === 0 ? 5 : value % 2 === 0 ? 2 : 1;
}

function year(date: string): number {
	return Number(date.slice(0, 4));
}

/** The middle of the day, month or year a partial date names. */
function middle(date: string): number {
	const start = partialDateStart(date)!.getTime();
	return (start + periodEnd(date)) / 2;
}

/** The end of the day, month or year a partial date names. */
function periodEnd(date: string): number {
	const start = partialDateStart(date)!;
	const precision = datePrecision(date);
	return precision === 'day'
		? start.getTime() + 86_400_000
		: precision === 'month'
			? Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1)
			: Date.UTC(start.getUTCFullYear() + 1, 0, 1);
}
