import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { axeViolations } from './support/axe';
import { forwardingPages } from './support/pages';

test.describe('share controls', () => {
	test('a paragraph is shared with the Web Share API when the browser has it', async ({ page }) => {
		await page.addInitScript(() => {
			const calls: ShareData[] = [];
			Object.assign(window, { shareCalls: calls });
			Object.defineProperty(navigator, 'share', {
				value: async (data: ShareData) => void calls.push(data),
			});
		});
		await page.goto('/ar/peru-integration/');
		await page.getByRole('button', { name: 'شارك الفقرة 4' }).click();
		const calls = await page.evaluate(
			() => (window as unknown as { shareCalls: ShareData[] }).shareCalls,
		);
		expect(calls).toHaveLength(1);
		expect(new URL(calls[0]!.url!).pathname).toBe('/ar/peru-integration/p/4/');
	});

	test('without it, the link is copied and the copy confirmed, visibly and for screen readers', async ({
		page,
		context,
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('/en/peru-integration/');
		expect(await page.evaluate(() => typeof navigator.share)).toBe('undefined');
		await page.getByRole('button', { name: 'Share paragraph 7' }).click();
		const status = page.getByRole('status').filter({ hasText: 'Link copied' });
		await expect(status).toBeVisible();
		await expect(status).toContainText('/en/peru-integration/p/7/');
		expect(new URL(await page.evaluate(() => navigator.clipboard.readText())).pathname).toBe(
			'/en/peru-integration/p/7/',
		);
	});

	test('in Arabic the copied address is isolated left to right inside the sentence', async ({
		page,
		context,
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('/ar/peru-integration/');
		await page.getByRole('button', { name: 'شارك الفقرة 4' }).click();
		const address = page.getByRole('status').locator('span[dir="ltr"]');
		await expect(address).toHaveText(/^http:\/\/[^ ]+\/ar\/peru-integration\/p\/4\/$/);
		await expect(page.getByRole('status')).toContainText('نُسخ الرابط');
	});

	test('a note is shared by its own share address, from the keyboard', async ({
		page,
		context,
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('/en/peru-integration/#note-leavers');
		const share = page.locator('#note-leavers').getByRole('button', { name: 'Share this note' });
		await share.focus();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('status')).toContainText('/en/n/leavers/');
		expect(new URL(await page.evaluate(() => navigator.clipboard.readText())).pathname).toBe(
			'/en/n/leavers/',
		);
	});

	test('adding the controls moves no text', async ({ page }) => {
		await page.goto('/ar/peru-integration/');
		await expect(page.locator('.share-paragraph')).toHaveCount(10);
		const shift = await page.evaluate(
			() =>
				new Promise<number>((resolve) => {
					let total = 0;
					new PerformanceObserver((list) => {
						for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
							total += entry.value;
					}).observe({ type: 'layout-shift', buffered: true });
					setTimeout(() => resolve(total), 500);
				}),
		);
		expect(shift).toBeLessThan(0.01);
	});
});

test.describe('share pages', () => {
	test('a reader who opens a shared paragraph link lands on the paragraph in the article', async ({
		page,
	}) => {
		await page.goto('/ar/peru-integration/p/4/');
		await expect(page).toHaveURL(/\/ar\/peru-integration\/#p4$/);
		await expect(page.locator('#p4')).toBeInViewport();
	});

	test('an old share link of the first article still lands on its paragraph', async ({ page }) => {
		await page.goto('/en/p/4/');
		await expect(page).toHaveURL(/\/en\/peru-integration\/#p4$/);
		await expect(page.locator('#p4')).toBeInViewport();
	});

	test('a reader who opens a shared note link lands on the note beside the text', async ({
		page,
	}) => {
		await page.goto('/en/n/leavers/');
		await expect(page).toHaveURL(/\/en\/peru-integration\/#note-leavers$/);
		await expect(page.locator('#note-leavers')).toHaveAttribute('open', '');
	});

	test.describe('without JavaScript (as crawlers and some readers see them)', () => {
		test.use({ javaScriptEnabled: false });

		test('a share page shows the shared words verbatim and links to them', async ({ page }) => {
			await page.goto('/ar/p/4/');
			await expect(page.locator('blockquote')).toContainText(
				'ويشكل قرار السلطات البيروفية ضربة جديدة لتلك الكتلة',
			);
			await expect(page.locator('article')).toHaveAttribute('dir', 'rtl');
			await page.getByRole('link', { name: 'اقرأ الفقرة 4 في المقال' }).click();
			await expect(page).toHaveURL(/\/ar\/peru-integration\/#p4$/);
		});
	});

	// These pages are served without their scripts (axe itself is injected), so without their
	// forward: what a reader without JavaScript, or a crawler, gets.
	for (const path of forwardingPages
		.filter((candidate) => candidate !== '/')
		.filter((_, index) => index % 10 === 0)) {
		test(`${path} has no axe violation`, async ({ page }) => {
			// The file itself, as a host that reads no _redirects serves it (the preview server
			// forwards moved pages before reaching their file).
			const html = readFileSync(`dist${path}index.html`, 'utf8');
			await page.route(`**${path}`, (route) =>
				route.fulfill({
					contentType: 'text/html',
					body: html.replaceAll(/<script\b[^>]*>[\s\S]*?<\/script>/g, ''),
				}),
			);
			await page.goto(path);
			await expect(page).toHaveURL(new RegExp(`${path}$`));
			expect(await axeViolations(page)).toEqual([]);
		});
	}
});
