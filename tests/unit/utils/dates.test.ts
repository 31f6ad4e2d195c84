import { describe, expect, it } from 'vitest';
import { formatDay, formatDayRange, formatPartialDate, isoDay } from '../../../src/utils/dates';

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
		expect(formatDayRange('en', day('2021-08-08'), day('2021-08-16'))).toMatch(/^8\s?–\s?16 August 2021$/);
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
