import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const received = readFileSync('content/articles/peru-integration/original.txt', 'utf8').split('\n');

/** Text of each article paragraph as rendered, without interface controls (`[data-ui]`). */
async function renderedParagraphs(page: import('@playwright/test').Page) {
	return page.locator('p[data-paragraph]').evaluateAll((paragraphs) =>
		paragraphs.map((paragraph) => {
			const copy = paragraph.cloneNode(true) as HTMLElement;
			for (const control of copy.querySelectorAll('[data-ui]')) control.remove();
			return { id: paragraph.id, text: copy.textContent ?? '' };
		}),
	);
}

test.describe('the article', () => {
	test('Arabic page is right to left and English page left to right', async ({ page }) => {
		await page.goto('/ar/peru-integration/');
		await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await page.goto('/en/peru-integration/');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
	});

	test('Arabic paragraphs show the text as received, character for character', async ({ page }) => {
		await page.goto('/ar/peru-integration/');
		const paragraphs = await renderedParagraphs(page);
		expect(paragraphs.map(({ id }) => id)).toEqual(received.map((_, i) => `p${i + 1}`));
		expect(paragraphs.map(({ text }) => text)).toEqual(received);
	});

	test('both languages have the same ten paragraph ids', async ({ page }) => {
		await page.goto('/ar/peru-integration/');
		const ar = (await renderedParagraphs(page)).map(({ id }) => id);
		await page.goto('/en/peru-integration/');
		const en = (await renderedParagraphs(page)).map(({ id }) => id);
		expect(en).toEqual(ar);
		expect(ar).toHaveLength(10);
	});

	test('each run of the other language carries lang and dir', async ({ page }) => {
		await page.goto('/ar/peru-integration/');
		const english = page.locator('header nav a[hreflang="en"]');
		await expect(english).toHaveAttribute('lang', 'en');
		await expect(english).toHaveAttribute('dir', 'ltr');
		await expect(page.locator('#p3 span[dir="ltr"]').first()).toHaveText('2017');
		await page.goto('/en/peru-integration/');
		const arabic = page.locator('header nav a[hreflang="ar"]');
		await expect(arabic).toHaveAttribute('lang', 'ar');
		await expect(arabic).toHaveAttribute('dir', 'rtl');
	});

	test('the provenance says who published it and that the date is approximate', async ({
		page,
	}) => {
		await page.goto('/en/peru-integration/');
		const provenance = page.getByRole('region', { name: 'About this text' });
		await expect(provenance).toContainText('Radio Habana Cuba');
		await expect(provenance).toContainText('state');
		await expect(provenance).toContainText('opinion');
		await expect(provenance.locator('time')).toHaveText(/^8\s?–\s?16 August 2021$/);
		await expect(provenance.locator('time')).toHaveAttribute('datetime', '2021-08-08');
		await expect(provenance).toContainText('approximate');
		await page.goto('/ar/peru-integration/');
		await expect(page.getByRole('region', { name: 'عن هذا النص' })).toContainText('تقريبي');
	});
});
