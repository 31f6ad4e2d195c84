import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { layoutShiftOnceSettled, recordLayoutShifts } from './support/layout-shift';

/** The events as written in content/, to check the pages against. */
const events = readdirSync('content/timeline/en').map((file) => {
	const data = parse(readFileSync(`content/timeline/en/${file}`, 'utf8').split('---')[1]!, {
		schema: 'failsafe',
	}) as {
		date: string;
		topics: string[];
	};
	return { id: file.replace(/\.md$/, ''), date: data.date, topics: data.topics };
});
const visibleEvents = (page: Page) => page.locator('.timeline-event:visible');

test.describe('timeline page', () => {
	for (const locale of ['ar', 'en'] as const) {
		test(`${locale}: every event, in date order, grouped by year in ordered lists`, async ({
			page,
		}) => {
			await page.goto(`/${locale}/timeline/`);
			const items = page.locator(
				'ol.timeline > li.timeline-year > ol.timeline-events > li.timeline-event',
			);
			await expect(items).toHaveCount(events.length);
			const dates = await items.evaluateAll((events) =>
				events.map((event) =>
					event.querySelector('.timeline-event-date time')!.getAttribute('datetime')!,
				),
			);
			expect(dates).toEqual([...dates].sort());
			expect(new Set(dates)).toEqual(new Set(events.map(({ date }) => date)));
			const years = await page.locator('.timeline-year-heading').allInnerTexts();
			expect(years).toEqual([...new Set(dates.map((date) => date.slice(0, 4)))]);
		});
	}

	test('Arabic dates are Gregorian with Latin digits, each at its precision', async ({ page }) => {
		await page.goto('/ar/timeline/');
		const dayEvent = page.locator('#e-lima-declaration .timeline-event-date time');
		await expect(dayEvent).toHaveText('8 أغسطس 2017');
		await expect(dayEvent).toHaveAttribute('datetime', '2017-08-08');
		const monthEvent = page.locator('#e-bejar-announcements .timeline-event-date time');
		await expect(monthEvent).toHaveText('أغسطس 2021');
		await expect(monthEvent).toHaveAttribute('datetime', '2021-08');
		const range = page.locator('#e-zone-of-peace .timeline-event-date time');
		await expect(range).toHaveCount(2);
		await expect(range.nth(0)).toHaveAttribute('datetime', '2014-01-28');
		await expect(range.nth(1)).toHaveAttribute('datetime', '2014-01-29');
		await expect(page.locator('#e-zone-of-peace .timeline-event-date')).toHaveText(
			/^28\s?[–-]\s?29 يناير 2014$/,
		);
		const allDates = (await page.locator('.timeline-event-date').allInnerTexts()).join(' ');
		expect(allDates).not.toMatch(/[\u0660-\u0669\u06F0-\u06F9]/);
	});

	test('an event permalink opens on that event, highlighted', async ({ page }) => {
		await page.goto('/en/timeline/#e-bejar-resigns');
		const event = page.locator('#e-bejar-resigns');
		await expect(event).toBeInViewport();
		await expect(event).toHaveCSS('background-color', /rgb/);
		expect(await event.evaluate((element) => element.matches(':target'))).toBe(true);
		await expect(event.getByRole('heading', { level: 3 }).getByRole('link')).toHaveAttribute(
			'href',
			'#e-bejar-resigns',
		);
	});

	test('events link to their paragraphs and glossary terms', async ({ page }) => {
		await page.goto('/en/timeline/');
		const event = page.locator('#e-lima-declaration');
		await event.getByRole('link', { name: 'Paragraph 3' }).click();
		await expect(page).toHaveURL(/\/en\/peru-integration\/#p3$/);
		await expect(page.locator('#p3')).toBeInViewport();
		await page.goBack();
		await page
			.locator('#e-lima-declaration')
			.getByRole('link', { name: 'Lima Group', exact: true })
			.click();
		await expect(page).toHaveURL(/\/en\/glossary\/lima-group\/$/);
	});

	test('the language switch keeps the event', async ({ page }) => {
		await page.goto('/en/timeline/#e-castillo-inauguration');
		await page.getByRole('link', { name: 'العربية' }).click();
		await expect(page).toHaveURL(/\/ar\/timeline\/#e-castillo-inauguration$/);
		await expect(page.locator('#e-castillo-inauguration')).toBeInViewport();
	});
});

test.describe('the article and glossary link to the timeline', () => {
	test('a paragraph links to the events it concerns, and each opens on the timeline', async ({
		page,
	}) => {
		await page.goto('/ar/peru-integration/');
		const links = page.locator('.paragraph-row:has(#p3) .paragraph-events a');
		const concerning = events.filter(({ id }) =>
			readFileSync(`content/timeline/ar/${id}.md`, 'utf8').match(
				/^concerns: \[\{ article: peru-integration, paragraphs: \[.*\bp3\b.*\] \}\]$/m,
			),
		);
		await expect(links).toHaveCount(concerning.length);
		await page
			.locator('.paragraph-row:has(#p3) .paragraph-events a[href$="#e-lima-declaration"]')
			.click();
		await expect(page).toHaveURL(/\/ar\/timeline\/#e-lima-declaration$/);
		await expect(page.locator('#e-lima-declaration')).toBeInViewport();
	});

	test('the compact timeline beside the article lists every event that concerns it', async ({
		page,
	}) => {
		await page.goto('/en/peru-integration/');
		const compact = page.getByRole('complementary', { name: 'The events behind the text' });
		await expect(compact.locator('li li a')).toHaveCount(events.length);
		await compact.locator('a[href$="#e-zone-of-peace"]').click();
		await expect(page.locator('#e-zone-of-peace')).toBeInViewport();
	});

	test('a glossary term lists its events', async ({ page }) => {
		await page.goto('/ar/glossary/unasur/');
		const section = page.locator('section[aria-labelledby="events"]');
		await expect(section.getByRole('heading')).toHaveText('في التسلسل الزمني');
		await expect(section.locator('a[href="/ar/timeline/#e-unasur-treaty"]')).toHaveCount(1);
	});
});

test.describe('filtering by topic', () => {
	const celac = events.filter(({ topics }) => topics.includes('celac'));

	test('without JavaScript the whole list is there and no dead filter shows', async ({
		browser,
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/en/timeline/?topic=celac');
		await expect(page.locator('[data-topic-filter]')).toBeHidden();
		await expect(visibleEvents(page)).toHaveCount(events.length);
		await context.close();
	});

	test('choosing a topic filters the list, says so, and puts it in the address', async ({
		page,
	}) => {
		await page.goto('/en/timeline/');
		await page.getByRole('radio', { name: 'CELAC' }).check();
		await expect(visibleEvents(page)).toHaveCount(celac.length);
		await expect(page).toHaveURL(/\/en\/timeline\/\?topic=celac$/);
		await expect(page.getByRole('status')).toHaveText(
			`${celac.length} of ${events.length} events shown`,
		);
		// Years with no CELAC event disappear with their events.
		await expect(page.locator('.timeline-year:visible .timeline-year-heading')).toHaveText(
			[...new Set(celac.map(({ date }) => date.slice(0, 4)))].sort(),
		);
		await page.getByRole('radio', { name: 'All topics' }).check();
		await expect(visibleEvents(page)).toHaveCount(events.length);
		await expect(page).toHaveURL(/\/en\/timeline\/$/);
	});

	test('a shared filtered address opens filtered, and works from the keyboard', async ({
		page,
	}) => {
		await page.goto('/ar/timeline/?topic=unasur');
		const unasur = events.filter(({ topics }) => topics.includes('unasur'));
		await expect(page.getByRole('radio', { name: 'أوناسور' })).toBeChecked();
		await expect(visibleEvents(page)).toHaveCount(unasur.length);
		await page.getByRole('radio', { name: 'أوناسور' }).focus();
		// Arrow keys move through a radio group (in reading order: left is "next" in Arabic).
		await page.keyboard.press('ArrowLeft');
		await expect(page.getByRole('radio', { name: 'سيلاك' })).toBeChecked();
		await expect(page).toHaveURL(/\?topic=celac$/);
		await expect(visibleEvents(page)).toHaveCount(celac.length);
	});

	test('an event link shows its event even under a filter that would hide it', async ({ page }) => {
		await page.goto('/en/timeline/?topic=celac#e-lima-declaration');
		await expect(page.locator('#e-lima-declaration')).toBeInViewport();
		await expect(visibleEvents(page)).toHaveCount(celac.length + 1);
		await expect(page.getByRole('status')).toHaveText(
			`${celac.length + 1} of ${events.length} events shown`,
		);
	});

	test('a filtered address is painted filtered: nothing shifts', async ({ page }) => {
		await recordLayoutShifts(page);
		await page.goto('/ar/timeline/?topic=venezuela');
		expect(await layoutShiftOnceSettled(page)).toBe(0);
		await expect(visibleEvents(page)).toHaveCount(
			events.filter(({ topics }) => topics.includes('venezuela')).length,
		);
	});
});
