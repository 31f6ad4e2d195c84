import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const article = 'peru-integration';

test.describe('front pages', () => {
	test('name the publication, then list every article with its facts and findings', async ({
		page,
	}) => {
		await page.goto('/en/');
		await expect(page.locator('h1')).toHaveText('Close Reading');
		const entry = page.locator('.front-article').first();
		await expect(
			entry.getByRole('link', {
				name: 'Peru heads toward Latin American and Caribbean integration',
			}),
		).toHaveAttribute('href', `/en/${article}/`);
		await expect(entry).toContainText('Radio Habana Cuba (Arabic service)');
		await expect(entry).toContainText('(approximate)');
		await expect(entry.locator('.front-facts')).toContainText(/Fact-check \(\d+\)/);
		await expect(entry.locator('.front-facts')).toContainText(/Needs context \(\d+\)/);
	});

	test('the Arabic front page is right to left, with the Arabic headline', async ({ page }) => {
		await page.goto('/ar/');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.locator('.front-article h3')).toContainText(
			'بيرو تتجه نحو تكامل أمريكا اللاتينية',
		);
	});

	test('link a feed in their language', async ({ page, request }) => {
		await page.goto('/ar/');
		const href = await page
			.locator('link[rel="alternate"][type="application/atom+xml"]')
			.getAttribute('href');
		expect(href).toBe('/ar/feed.xml');
		const response = await request.get(href!);
		expect(response.headers()['content-type']).toMatch(/xml/);
		const feed = await response.text();
		expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
		expect(feed).toMatch(new RegExp(`<entry>[\\s\\S]*<link href="[^"]*/ar/${article}/"`));
	});
});

test.describe('addresses published before there were several articles', () => {
	test('a paragraph or note fragment on the front page goes on to the first article', async ({
		page,
	}) => {
		for (const fragment of ['#p4', '#note-leavers', '#ref-turn-180']) {
			await page.goto(`/ar/${fragment}`);
			await expect(page).toHaveURL(new RegExp(`/ar/${article}/${fragment}$`));
		}
		await expect(page.locator('#ref-turn-180')).toBeInViewport();
	});

	test('the front page stays put for its own fragments', async ({ page }) => {
		await page.goto('/en/#main');
		await expect(page).toHaveURL(/\/en\/#main$/);
	});

	test('the old side-by-side address forwards, keeping the fragment', async ({ page }) => {
		await page.goto('/en/parallel/#p4');
		await expect(page).toHaveURL(new RegExp(`/en/${article}/parallel/#p4$`));
		await expect(page.locator('#p4')).toBeInViewport();
	});

	test('on a host that reads no _redirects, the forward page moves on at once, keeping the fragment', async ({
		page,
	}) => {
		// The forward page itself, as such a host serves it: no redirect in front of it.
		await page.route('**/en/parallel/', (route) =>
			route.fulfill({
				contentType: 'text/html',
				body: readFileSync('dist/en/parallel/index.html', 'utf8'),
			}),
		);
		await page.goto('/en/parallel/#p4');
		await expect(page).toHaveURL(new RegExp(`/en/${article}/parallel/#p4$`));
		await expect(page.locator('#p4')).toBeInViewport();
	});

	test('the old paragraphs file is still the first article’s paragraphs', async ({ request }) => {
		const [old, current] = await Promise.all([
			request.get('/en/paragraphs.json'),
			request.get(`/en/${article}/paragraphs.json`),
		]);
		expect(old.headers()['content-type']).toMatch(/^application\/json/);
		expect(await old.text()).toBe(await current.text());
	});

	test('a host that reads _redirects answers the old address with a permanent redirect', async ({
		request,
	}) => {
		const response = await request.get('/ar/parallel/', { maxRedirects: 0 });
		expect(response.status()).toBe(301);
		expect(response.headers()['location']).toBe(`/ar/${article}/parallel/`);
	});

	test('the preview server sends the headers of _headers, as the host does', async ({
		request,
	}) => {
		const headers = (await request.get('/en/')).headers();
		expect(headers['x-content-type-options']).toBe('nosniff');
		expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });

		test('on a host that reads no _redirects, the forward page at the old address moves on by meta refresh', async ({
			page,
		}) => {
			// The forward page as such a host serves it: the file itself, no redirect in front.
			await page.route('**/ar/parallel/', (route) =>
				route.fulfill({
					contentType: 'text/html',
					body: readFileSync('dist/ar/parallel/index.html', 'utf8'),
				}),
			);
			await page.goto('/ar/parallel/');
			await expect(page).toHaveURL(new RegExp(`/ar/${article}/parallel/$`));
		});

		test('a fragment on the front page shows the front page, the article its first link', async ({
			page,
		}) => {
			await page.goto('/ar/#p4');
			await expect(page).toHaveURL(/\/ar\/#p4$/);
			await expect(page.locator('main a').filter({ hasText: 'بيرو تتجه' }).first()).toHaveAttribute(
				'href',
				`/ar/${article}/`,
			);
		});
	});
});

test.describe('site-wide glossary and timeline', () => {
	test('a term page lists its mentions under the article they are in', async ({ page }) => {
		await page.goto('/en/glossary/lima-group/');
		const heading = page.locator('.term-mentions-article').first();
		await expect(heading).toContainText('Peru heads toward');
		await expect(page.locator('.term-mentions a').first()).toHaveAttribute(
			'href',
			new RegExp(`^/en/${article}/#p\\d+$`),
		);
	});
});
