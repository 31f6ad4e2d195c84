import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './support/axe';
import { layoutShiftOnceSettled, recordLayoutShifts } from './support/layout-shift';

/** The centre of an SVG mark (its `<use>`), scrolled into view, as the page lays it out. */
async function centre(page: Page, selector: string) {
	const mark = page.locator(selector).first();
	await mark.scrollIntoViewIfNeeded();
	const box = (await mark.boundingBox())!;
	return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Whether any element inside `selector` takes keyboard focus as a reader tabs through the page. */
async function tabsInto(page: Page, selector: string): Promise<boolean> {
	for (let step = 0; step < 60; step += 1) {
		await page.keyboard.press('Tab');
		if (await page.evaluate((inside) => Boolean(document.activeElement?.closest(inside)), selector))
			return true;
	}
	return false;
}

test.describe('the time axis', () => {
	for (const locale of ['ar', 'en'] as const) {
		test(`${locale}: a mark leads to its event; time runs in reading direction`, async ({
			page,
		}) => {
			await page.goto(`/${locale}/timeline/`);
			const first = await centre(page, '.time-axis a[href="#e-cusco-declaration"] use');
			const last = await centre(page, '.time-axis a[href="#e-exit-never-formalised"] use');
			if (locale === 'ar') expect(first.x).toBeGreaterThan(last.x);
			else expect(first.x).toBeLessThan(last.x);
			await page.mouse.click(first.x, first.y);
			await expect(page).toHaveURL(/#e-cusco-declaration$/);
			await expect(page.locator('#e-cusco-declaration')).toBeInViewport();
		});
	}

	test('its marks are out of the tab order, and the picture out of the accessibility tree', async ({
		page,
	}) => {
		await page.goto('/en/timeline/');
		await expect(page.locator('.time-axis')).toHaveAttribute('aria-hidden', 'true');
		expect(await tabsInto(page, '.time-axis')).toBe(false);
	});

	test('?topic=celac paints the axis filtered from the start, with no layout shift', async ({
		page,
	}) => {
		await recordLayoutShifts(page);
		await page.goto('/en/timeline/?topic=celac');
		expect(await layoutShiftOnceSettled(page)).toBe(0);
		const opacity = (href: string) =>
			page
				.locator(`.time-axis a[href="${href}"]`)
				.first()
				.evaluate((mark) => getComputedStyle(mark).opacity);
		expect(await opacity('#e-celac-founded')).toBe('1');
		expect(await opacity('#e-lima-declaration')).toBe('0.2');
	});

	test('at 320 px no two year labels touch', async ({ browser }) => {
		for (const width of [320, 1280]) {
			const page = await browser.newPage({ viewport: { width, height: 800 } });
			await page.goto('/ar/timeline/');
			const boxes = (
				await page.locator('.axis-years text').evaluateAll((labels) =>
					labels
						.filter((label) => getComputedStyle(label).display !== 'none')
						.map((label) => {
							const { left, right } = label.getBoundingClientRect();
							return { left, right };
						}),
				)
			).sort((a, b) => a.left - b.left);
			expect(boxes.length).toBeGreaterThanOrEqual(3);
			for (let i = 1; i < boxes.length; i += 1)
				expect(boxes[i]!.left).toBeGreaterThan(boxes[i - 1]!.right + 2);
			await page.close();
		}
	});

	test('it prints', async ({ page }) => {
		await page.goto('/en/timeline/');
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.time-axis')).toBeVisible();
	});
});

test.describe('the verdict map', () => {
	for (const locale of ['ar', 'en'] as const) {
		test(`${locale}: a mark leads to its note beside its words`, async ({ page }) => {
			await page.goto(`/${locale}/peru-integration/`);
			const mark = await centre(page, '.verdict-strip a[href="#note-leavers"] use');
			await page.mouse.click(mark.x, mark.y);
			await expect(page).toHaveURL(/#note-leavers$/);
			await expect(page.locator('#note-leavers')).toHaveAttribute('open', '');
		});
	}

	test('marks sit in reading order: the first paragraph’s first, from the start side', async ({
		page,
	}) => {
		await page.goto('/ar/peru-integration/');
		const first = await centre(page, '.verdict-strip a[href="#note-turn-180"] use');
		const last = await centre(page, '.verdict-strip a[href="#note-begun-work"] use');
		expect(first.x).toBeGreaterThan(last.x);
	});

	test('a kind the reader hides leaves the strip too', async ({ page }) => {
		await page.goto('/en/peru-integration/');
		const factCheck = page.locator('.verdict-strip use[href^="#v-fc-"]').first();
		await expect(factCheck).toBeVisible();
		await page.locator('input[data-layer="fact-check"]').uncheck();
		await expect(factCheck).toBeHidden();
		await expect(page.locator('.map-legend')).toBeHidden();
		await expect(page.locator('.verdict-strip use[href="#v-framing"]').first()).toBeVisible();
	});

	test('the legend names each verdict’s shape with its count, and the strip is out of the tab order', async ({
		page,
	}) => {
		await page.goto('/en/peru-integration/');
		await expect(page.locator('.map-legend')).toContainText(/Needs context \(\d+\)/);
		await expect(page.locator('.verdict-strip')).toHaveAttribute('aria-hidden', 'true');
		expect(await tabsInto(page, '.verdict-strip')).toBe(false);
	});

	test('the front page shows each article’s strip, its marks leading into the article', async ({
		page,
	}) => {
		await page.goto('/ar/');
		const mark = page.locator('.front-article .verdict-strip a').first();
		await expect(mark).toHaveAttribute('href', /^\/ar\/peru-integration\/#note-/);
		await expect(page.locator('.front-facts .map-icon').first()).toBeVisible();
	});

	for (const scheme of ['light', 'dark'] as const) {
		test(`axe passes over both pictures, ${scheme}`, async ({ page }) => {
			await page.emulateMedia({ colorScheme: scheme });
			for (const path of ['/ar/timeline/', '/en/peru-integration/', '/en/']) {
				await page.goto(path);
				expect(await axeViolations(page), path).toEqual([]);
			}
		});
	}
});
