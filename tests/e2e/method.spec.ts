import { expect, test } from '@playwright/test';
import { verdicts } from '../../src/schemas/vocabulary';

test.describe('how we check', () => {
	test('a verdict on a note’s page leads to its definition and its test', async ({ page }) => {
		await page.goto('/en/notes/leavers/');
		await page.locator('a.verdict').click();
		await expect(page).toHaveURL(/\/en\/method\/#verdict-partly-inaccurate$/);
		const definition = page.locator('#verdict-partly-inaccurate');
		await expect(definition).toBeInViewport();
		await expect(definition).toContainText('Partly inaccurate');
		await expect(definition).toContainText('The test:');
	});

	test('a note card in the article links its verdict’s definition from its body', async ({
		page,
	}) => {
		await page.goto('/ar/peru-integration/#note-leavers');
		const link = page.locator('#note-leavers .note-verdict a');
		await expect(link).toHaveText('ما معنى «غير دقيق جزئيًا»');
		await link.click();
		await expect(page).toHaveURL(/\/ar\/method\/#verdict-partly-inaccurate$/);
	});

	test('the Arabic page is right to left and defines every verdict', async ({ page }) => {
		await page.goto('/ar/method/');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.locator('h1')).toHaveText('كيف نتحقق');
		for (const verdict of verdicts)
			await expect(page.locator(`#verdict-${verdict} dd`)).not.toBeEmpty();
	});

	test('every page’s footer links to it, in the page’s language', async ({ page }) => {
		for (const [path, name, target] of [
			['/ar/glossary/', 'كيف نتحقق', '/ar/method/'],
			['/en/timeline/', 'How we check', '/en/method/'],
		] as const) {
			await page.goto(path);
			await expect(page.locator('footer').getByRole('link', { name })).toHaveAttribute(
				'href',
				target,
			);
		}
	});
});
