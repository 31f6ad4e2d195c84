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

test.describe('corrections', () => {
	test('the log lists each correction with its day, what changed, and the corrected entry', async ({
		page,
	}) => {
		await page.goto('/en/corrections/');
		const entries = page.locator('.corrections-log > li');
		await expect(entries).not.toHaveCount(0);
		const days = await entries
			.locator('time')
			.evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
		expect(days).toEqual([...days].sort().reverse());
		const unasur = entries.filter({ hasText: 'Union of South American Nations' }).filter({
			hasText: '28 August 2018',
		});
		await expect(unasur).toContainText('28 August 2018');
		await unasur.getByRole('link').click();
		await expect(page).toHaveURL(/\/en\/glossary\/unasur\/$/);
		await expect(page.locator('.kicker .updated')).toHaveText('Updated 1 December 2026');
	});

	test('a corrected note says so in the article, in Arabic', async ({ page }) => {
		await page.goto('/ar/peru-integration/#note-treaty-article-2');
		await expect(page.locator('#note-treaty-article-2 .updated')).toHaveText(
			'حُدِّث في 1 ديسمبر 2026',
		);
	});
});

test.describe('the sources page', () => {
	test('lists every kind with its sources, each with what cites it, and leads back', async ({
		page,
	}) => {
		await page.goto('/en/sources/');
		await expect(page.locator('h1')).toHaveText('Sources');
		await expect(page.locator('section h2')).toHaveCount(7);
		await expect(page.locator('section h2').first()).toHaveText('Official records (15)');
		const xinhua = page.locator('#s-xinhua-oas-meets-cancun-with');
		await expect(xinhua).toContainText('OAS meets in Cancun with Venezuela topping agenda');
		await expect(xinhua).toContainText('state media (China)');
		await expect(xinhua.locator('.updated')).toHaveText('Updated 1 December 2026');
		await xinhua.locator('.sources-cited-by a').first().click();
		await expect(page).toHaveURL(/\/en\/glossary\/oas\/$/);
	});

	test('a hosted copy says what it copies, and a corrected source is in the log', async ({
		page,
	}) => {
		await page.goto('/ar/sources/#s-un-a-66-647-docslib');
		const entry = page.locator('#s-un-a-66-647-docslib');
		await expect(entry).toBeInViewport();
		await expect(entry).toContainText('نسخة من وثيقة الجمعية العامة للأمم المتحدة');
		await page.goto('/en/corrections/');
		const fixed = page
			.locator('.corrections-log > li')
			.filter({ hasText: 'Brazil officially leaves Unasur, to join Prosur' })
			.filter({ hasText: 'stray dot' });
		await expect(fixed).toContainText('Fixed the address (a stray dot).');
		await fixed.getByRole('link').click();
		await expect(page).toHaveURL(
			/\/en\/sources\/#s-agencia-brasil-brazil-officially-leaves-unasur$/,
		);
	});
});
