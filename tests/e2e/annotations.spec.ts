import { expect, test } from '@playwright/test';
import { popoverDelays } from '../../src/scripts/annotation-popover';
import { axeViolations } from './support/axe';

const popover = '#annotation-popover';

test.describe('annotation popovers', () => {
	test('a click opens the note beside its words, moves focus in, and Esc brings focus back', async ({
		page,
	}) => {
		await page.goto('/en/peru-integration/');
		const link = page.locator('a.annotation[data-ref="turn-180"]');
		await link.click();
		await expect(page.locator(popover)).toBeVisible();
		await expect(page.locator(popover)).toContainText('A “180-degree turn”?');
		await expect(page.locator(popover)).toContainText('Needs context');
		await expect(page).toHaveURL(/\/en\/peru-integration\/$/);
		await expect(page.locator(popover)).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(page.locator(`${popover} a`).first()).toBeFocused();
		await expect(page.locator(`${popover} .note-more`)).toHaveAttribute(
			'href',
			'/en/notes/turn-180/',
		);
		const [linkBox, popoverBox] = await Promise.all([
			link.boundingBox(),
			page.locator(popover).boundingBox(),
		]);
		expect(popoverBox!.y).toBeGreaterThan(linkBox!.y);
		expect(popoverBox!.y - (linkBox!.y + linkBox!.height)).toBeLessThan(40);
		await page.keyboard.press('Escape');
		await expect(page.locator(popover)).toBeHidden();
		await expect(link).toBeFocused();
		await expect(link).toHaveAttribute('aria-expanded', 'false');
	});

	test('keyboard focus previews a glossary term, with a link to its page', async ({ page }) => {
		await page.goto('/ar/peru-integration/');
		const term = page.locator('a.annotation[data-ref="pedro-castillo"]').first();
		await term.focus();
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Tab');
		await expect(term).toBeFocused();
		await expect(page.locator(popover)).toBeVisible();
		await expect(page.locator(popover)).toContainText('بيدرو كاستيو');
		await expect(page.locator(`${popover} .popover-more`)).toHaveAttribute(
			'href',
			'/ar/glossary/pedro-castillo/',
		);
	});

	test('hovering opens it, and the pointer can move onto it without it closing', async ({
		page,
	}) => {
		// The page's own timers (a short delay before opening, and before closing once the pointer
		// leaves) run on a clock the test moves on, so nothing waits on real time.
		await page.clock.install();
		await page.goto('/en/peru-integration/');
		const link = page.locator('a.annotation[data-ref="far-right"]');
		await link.hover();
		await page.clock.runFor(popoverDelays.open);
		await expect(page.locator(popover)).toBeVisible();
		await page.locator(popover).hover();
		await page.clock.runFor(popoverDelays.close * 2);
		await expect(page.locator(popover)).toBeVisible();
		await page.mouse.move(5, 5);
		await page.clock.runFor(popoverDelays.close);
		await expect(page.locator(popover)).toBeHidden();
	});

	test('the last annotation asked for wins, even over a glossary term still loading', async ({
		page,
	}) => {
		await page.goto('/en/peru-integration/');
		// Hold the glossary page back until the note has been opened, then let it through.
		let release!: () => void;
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/glossary/**', async (route) => {
			await held;
			await route.continue();
		});
		// Keyboard focus opens the term at once: its popover waits for the held glossary page.
		await page.keyboard.press('Tab');
		await page.locator('a.annotation[data-ref="regional-integration"]').focus();
		await page.locator('a.annotation[data-ref="turn-180"]').click();
		await expect(page.locator(popover)).toContainText('A “180-degree turn”?');
		const finished = page.waitForEvent('requestfinished', (request) =>
			request.url().includes('/glossary/'),
		);
		release();
		await finished;
		// Two frames after the term's answer arrived, the script has had every chance to show it.
		await page.evaluate(async () => {
			for (let frame = 0; frame < 2; frame++)
				await new Promise((painted) => requestAnimationFrame(painted));
		});
		await expect(page.locator(popover)).toContainText('A “180-degree turn”?');
		await expect(page.locator(popover)).not.toHaveAttribute('data-kind', 'term');
	});

	test('a tap opens it on a touch screen', async ({ browser }) => {
		const context = await browser.newContext({
			hasTouch: true,
			isMobile: true,
			viewport: { width: 390, height: 844 },
		});
		const page = await context.newPage();
		await page.goto('/ar/peru-integration/');
		await page.locator('a.annotation[data-ref="population"]').tap();
		await expect(page.locator(popover)).toBeVisible();
		await expect(page.locator(popover)).toContainText('600');
		const box = await page.locator(popover).boundingBox();
		expect(box!.x).toBeGreaterThanOrEqual(0);
		expect(box!.x + box!.width).toBeLessThanOrEqual(390);
		await context.close();
	});

	for (const colorScheme of ['light', 'dark'] as const) {
		test(`axe finds no violation with a popover open (${colorScheme})`, async ({ browser }) => {
			const context = await browser.newContext({ colorScheme });
			const page = await context.newPage();
			await page.goto('/ar/peru-integration/');
			await page.locator('a.annotation[data-ref="withdrawal"]').click();
			await expect(page.locator(popover)).toBeVisible();
			expect(await axeViolations(page)).toEqual([]);
			await context.close();
		});
	}
});

test.describe('without JavaScript', () => {
	test('annotations are links to the endnotes and back, and to glossary pages', async ({
		browser,
	}) => {
		const context = await browser.newContext({
			javaScriptEnabled: false,
			viewport: { width: 390, height: 844 },
		});
		const page = await context.newPage();
		await page.goto('/en/peru-integration/');
		await page.locator('a.annotation[data-ref="oas-promoted"]').click();
		await expect(page).toHaveURL(/#note-oas-promoted$/);
		const note = page.locator('#note-oas-promoted');
		await expect(note).toBeInViewport();
		await note.locator(':scope > summary').click();
		await expect(note.locator('.note-body')).toBeVisible();
		await note.locator('.note-back').click();
		await expect(page).toHaveURL(/#ref-oas-promoted$/);
		await page.locator('a.annotation[data-ref="lima-group"]').click();
		await expect(page).toHaveURL(/\/en\/glossary\/lima-group\/$/);
		await context.close();
	});

	test('on a phone the notes come after the text, as endnotes', async ({ browser }) => {
		const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
		const page = await context.newPage();
		await page.goto('/ar/peru-integration/');
		const lastParagraph = await page.locator('#p10').boundingBox();
		const firstNote = await page.locator('#note-turn-180').boundingBox();
		expect(firstNote!.y).toBeGreaterThan(lastParagraph!.y);
		await context.close();
	});

	test('on a wide screen each note sits beside its paragraph', async ({ browser }) => {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		await page.goto('/en/peru-integration/');
		const paragraph = await page.locator('#p4').boundingBox();
		const note = await page.locator('#note-destabilise').boundingBox();
		expect(Math.abs(note!.y - paragraph!.y)).toBeLessThan(20);
		expect(note!.x).toBeGreaterThan(paragraph!.x + paragraph!.width);
		await context.close();
	});
});

test.describe('annotation layers', () => {
	test('show counts, hide a layer, and remember the choice', async ({ page }) => {
		await page.goto('/en/peru-integration/');
		const factChecks = page.getByRole('checkbox', { name: /Fact-checks \((\d+)\)/ });
		const count = Number((await factChecks.locator('..').innerText()).match(/\((\d+)\)/)![1]);
		expect(count).toBe(await page.locator('.note[data-kind="fact-check"]').count());
		await factChecks.uncheck();
		await expect(page.locator('.note[data-kind="fact-check"]').first()).toBeHidden();
		const decoration = await page
			.locator('a.annotation[data-kind="fact-check"]')
			.first()
			.evaluate((element) => getComputedStyle(element).textDecorationLine);
		expect(decoration).toBe('none');
		await expect(page.locator('.note[data-kind="framing"]').first()).toBeVisible();
		await page.reload();
		await expect(page.getByRole('checkbox', { name: /Fact-checks/ })).not.toBeChecked();
		await expect(page.locator('.note[data-kind="fact-check"]').first()).toBeHidden();
	});
});
