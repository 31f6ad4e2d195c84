import { locales, type Locale } from '../i18n/config';

/**
 * Date formatting for both languages. Always through the locale's `intl` tag, which fixes Latin
 * digits and the Gregorian calendar, and always in UTC: content dates are calendar days, not
 * instants, and must not shift with the build machine's time zone.
 */
function dayFormatter(locale: Locale): Intl.DateTimeFormat {
	return new Intl.DateTimeFormat(locales[locale].intl, {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC',
	});
}

/** `2021-08-08` → "8 August 2021" / "8 أغسطس 2021". */
export function formatDay(locale: Locale, date: Date): string {
	return dayFormatter(locale).format(date);
}

/** A span of days, shared parts written once: "8–16 August 2021" / "8–16 أغسطس 2021". */
export function formatDayRange(locale: Locale, from: Date, to: Date): string {
	return dayFormatter(locale).formatRange(from, to);
}

/** `YYYY-MM-DD` for `<time datetime>`. */
export function isoDay(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/**
 * A date written at its own precision: `2021` → "2021", `2021-08` → "August 2021" /
 * "أغسطس 2021", `2021-08-09` → "9 August 2021".
 */
export function formatPartialDate(locale: Locale, value: string): string {
	const [year, month, day] = value.split('-').map(Number);
	if (month === undefined) return new Intl.DateTimeFormat(locales[locale].intl, { year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year!, 0, 1));
	const date = Date.UTC(year!, month - 1, day ?? 1);
	const options: Intl.DateTimeFormatOptions = day === undefined ? { month: 'long', year: 'numeric' } : { day: 'numeric', month: 'long', year: 'numeric' };
	return new Intl.DateTimeFormat(locales[locale].intl, { ...options, timeZone: 'UTC' }).format(date);
}
