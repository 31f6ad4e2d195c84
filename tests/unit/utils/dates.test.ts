import { describe, expect, it } from 'vitest';
import {
	datePrecision,
	formatDay,
	formatDayRange,
	formatPartialDate,
	formatPartialDateRange,
	isoDay,
	partialDateStart,
} from '../../../src/utils/dates';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const easternDigits = /[\u0660-\u0669\u06F0-\u06F9]/;

describe('dates', () => {
	it('writes Arabic dates with Latin digits and Gregorian month names', () => {
		const text = formatDay('ar', day('2021-08-08'));
		expect(text).not.toMatch(easternDigits);
		expect(text).toContain('8');
		expect(text).toContain('أغسطس');
		expect(text).toContain('2021');
	});

	it('writes English dates day first', () => {
		expect(formatDay('en', day('2021-08-08'))).toBe('8 August 2021');
	});

	it('does not shift calendar days with the machine time zone', () => {
		// The test environment runs in America/Lima (UTC-5): a local-time formatter would say 7 August.
		expect(formatDay('en', day('2021-08-08'))).toContain('8 August');
		expect(isoDay(day('2021-08-08'))).toBe('2021-08-08');
	});

	it('writes ranges with the shared month and year once', () => {
		expect(formatDayRange('en', day('2021-08-08'), day('2021-08-16'))).toMatch(
			/^8\s?–\s?16 August 2021$/,
		);
		const arabic = formatDayRange('ar', day('2021-08-08'), day('2021-08-16'));
		expect(arabic).not.toMatch(easternDigits);
		expect(arabic.match(/أغسطس/g)).toHaveLength(1);
		expect(arabic).toMatch(/8\s?[–-]\s?16/);
	});
});

describe('formatPartialDate', () => {
	it('writes a date at its own precision, with Latin digits in Arabic', () => {
		expect(formatPartialDate('en', '2021')).toBe('2021');
		expect(formatPartialDate('en', '2021-08')).toBe('August 2021');
		expect(formatPartialDate('en', '2021-08-09')).toBe('9 August 2021');
		expect(formatPartialDate('ar', '2021-08')).toBe('أغسطس 2021');
		expect(formatPartialDate('ar', '2021-08-09')).not.toMatch(easternDigits);
	});
});

describe('partial dates', () => {
	it('knows the precision of each written form', () => {
		expect(datePrecision('2004')).toBe('year');
		expect(datePrecision('2021-08')).toBe('month');
		expect(datePrecision('2021-08-09')).toBe('day');
		expect(datePrecision('9 August 2021')).toBeUndefined();
		expect(datePrecision('2021-8-9')).toBeUndefined();
	});

	it('rejects dates that do not exist in the calendar', () => {
		expect(partialDateStart('2021-02-29')).toBeUndefined();
		expect(partialDateStart('2021-13')).toBeUndefined();
		expect(partialDateStart('2021-04-31')).toBeUndefined();
		expect(partialDateStart('2020-02-29')?.toISOString()).toBe('2020-02-29T00:00:00.000Z');
	});

	it.each([
		['2004', '2004', '2004'],
		['2021-08', 'August 2021', 'أغسطس 2021'],
		['2017-08-08', '8 August 2017', '8 أغسطس 2017'],
	])('writes %s at its precision in both languages', (value, english, arabic) => {
		expect(formatPartialDate('en', value)).toBe(english);
		expect(formatPartialDate('ar', value).replace(/\s/g, ' ')).toBe(arabic);
	});

	it('uses the Gregorian calendar and Latin digits even where Arabic defaults differ', () => {
		// ar-SA defaults to the Islamic calendar: the locale tags must override it.
		const arabic = formatPartialDate('ar', '2014-01-29');
		expect(arabic).toContain('يناير');
		expect(arabic).toContain('2014');
		expect(arabic).not.toMatch(easternDigits);
		expect(arabic).not.toMatch(/هـ|ربيع|جمادى|محرم/);
	});
});

describe('formatPartialDateRange', () => {
	it('splits a day range into its start, separator and end, shared parts once', () => {
		const english = formatPartialDateRange('en', '2014-01-28', '2014-01-29');
		expect(english.start).toBe('28');
		expect(english.separator.trim()).toBe('–');
		expect(english.end).toBe('29 January 2014');
		const arabic = formatPartialDateRange('ar', '2014-01-28', '2014-01-29');
		expect(arabic.start).toBe('28');
		expect(arabic.end.replace(/\s/g, ' ')).toBe('29 يناير 2014');
	});

	it('keeps both months when a range crosses one', () => {
		const english = formatPartialDateRange('en', '2011-11-30', '2011-12-03');
		expect(english.start).toBe('30 November');
		expect(english.end).toBe('3 December 2011');
		const arabic = formatPartialDateRange('ar', '2011-11-30', '2011-12-03');
		expect(arabic.start.replace(/\s/g, ' ')).toBe('30 نوفمبر');
		expect(arabic.end).toContain('ديسمبر');
	});

	it('writes month and year ranges at their precision', () => {
		const months = formatPartialDateRange('en', '2021-08', '2021-09');
		expect(`${months.start}${months.separator}${months.end}`).toMatch(
			/^August\s?–\s?September 2021$/,
		);
		const years = formatPartialDateRange('ar', '2017', '2018');
		expect(`${years.start}${years.separator}${years.end}`).toMatch(/^2017\s?[–-]\s?2018$/);
	});

	it('refuses a range of mixed precision', () => {
		expect(() => formatPartialDateRange('en', '2021-08', '2021-08-09')).toThrow(/one precision/);
	});
});
