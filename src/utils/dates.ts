import { locales, type Locale } from '../i18n/config';

/**
 * Date formatting for both languages. Always through the locale's `intl` tag, which fixes Latin
 * digits and the Gregorian calendar, and always in UTC: content dates are calendar days, not
 * instants, and must not shift with the build machine's time zone.
 */

/** How much of a date is known: `2021` (year), `2021-08` (month) or `2021-08-09` (day). */
export type DatePrecision = 'year' | 'month' | 'day';

const partialDatePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const optionsByPrecision: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
	year: { year: 'numeric' },
	month: { month: 'long', year: 'numeric' },
	day: { day: 'numeric', month: 'long', year: 'numeric' },
};

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per locale and precision: making one costs more than the dates it formats. */
function formatter(locale: Locale, precision: DatePrecision): Intl.DateTimeFormat {
	const key = `${locale} ${precision}`;
	let made = formatters.get(key);
	if (!made) {
		made = new Intl.DateTimeFormat(locales[locale].intl, {
			...optionsByPrecision[precision],
			timeZone: 'UTC',
		});
		formatters.set(key, made);
	}
	return made;
}

/** `2021-08-08` → "8 August 2021" / "8 أغسطس 2021". */
export function formatDay(locale: Locale, date: Date): string {
	return formatter(locale, 'day').format(date);
}

/** A span of days, shared parts written once: "8–16 August 2021" / "8–16 أغسطس 2021". */
export function formatDayRange(locale: Locale, from: Date, to: Date): string {
	return formatter(locale, 'day').formatRange(from, to);
}

/** `YYYY-MM-DD` for `<time datetime>`. */
export function isoDay(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/** The precision of a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` string; `undefined` if it is none of them. */
export function datePrecision(value: string): DatePrecision | undefined {
	const match = partialDatePattern.exec(value);
	if (!match) return undefined;
	return match[3] !== undefined ? 'day' : match[2] !== undefined ? 'month' : 'year';
}

/**
 * The first instant of a partial date, in UTC; `undefined` when the string is not a date that
 * exists in the calendar (`2021-02-30`, `2021-13`).
 */
export function partialDateStart(value: string): Date | undefined {
	const match = partialDatePattern.exec(value);
	if (!match) return undefined;
	const [year, month = 1, day = 1] = match
		.slice(1)
		.filter((part) => part !== undefined)
		.map(Number) as [number, number?, number?];
	const date = new Date(Date.UTC(year, month - 1, day));
	const roundTrips =
		date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
	return roundTrips ? date : undefined;
}

/**
 * A date written at its own precision: `2021` → "2021", `2021-08` → "August 2021" /
 * "أغسطس 2021", `2021-08-09` → "9 August 2021".
 */
export function formatPartialDate(locale: Locale, value: string): string {
	const [precision, date] = parsed(value);
	return formatter(locale, precision).format(date);
}

/** A range split for markup: the words of the start, the separator, the words of the end. */
export interface FormattedRange {
	start: string;
	separator: string;
	end: string;
}

/**
 * Two partial dates of the same precision as one range, shared parts written once
 * ("28–29 January 2014", "28–29 يناير 2014"), split so that each side can sit in its own
 * `<time datetime>`: everything up to the last part of the start date, the separator, the rest.
 */
export function formatPartialDateRange(locale: Locale, from: string, to: string): FormattedRange {
	const [precision, start] = parsed(from);
	const [endPrecision, end] = parsed(to);
	if (precision !== endPrecision)
		throw new RangeError(
			`a range needs one precision: ${from} is a ${precision}, ${to} a ${endPrecision}`,
		);
	const parts = formatter(locale, precision).formatRangeToParts(start, end);
	const lastStart = parts.findLastIndex(({ source }) => source === 'startRange');
	const firstEnd = parts.findIndex(({ source }) => source === 'endRange');
	if (lastStart === -1 || firstEnd === -1) {
		// The two dates print the same ("2021" to "2021"): no range to show.
		const whole = parts.map(({ value }) => value).join('');
		return { start: whole, separator: '', end: '' };
	}
	const text = (slice: Intl.DateTimeRangeFormatPart[]) => slice.map(({ value }) => value).join('');
	return {
		start: text(parts.slice(0, lastStart + 1)),
		separator: text(parts.slice(lastStart + 1, firstEnd)),
		end: text(parts.slice(firstEnd)),
	};
}

function parsed(value: string): [DatePrecision, Date] {
	const precision = datePrecision(value);
	const date = partialDateStart(value);
	if (!precision || !date)
		throw new RangeError(`not a calendar date: "${value}" (use YYYY-MM-DD, YYYY-MM or YYYY)`);
	return [precision, date];
}
