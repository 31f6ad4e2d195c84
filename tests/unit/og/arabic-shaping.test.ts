import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { previewFontFile } from '../../../src/og/fonts';
import { renderSpecimen } from '../../../src/og/specimen';
import { chromiumArgs, resolveChromium } from '../../support/chromium';
import { renderArabicLine } from '../../support/chromium-line';
import {
	compareInk,
	inkFromCanvas,
	inkFromPng,
	type InkComparison,
	type InkMap,
} from '../../support/ink-compare';

/**
 * Proof that the preview images set Arabic as a browser does: shaped (joined letters), right to
 * left, with a Latin name and digits in their place. The same line is drawn by the card renderer
 * and by headless Chromium from the same font files, and the two pictures must match. Two broken
 * renderings of the same line, one in the order a renderer without bidi would give (letters laid
 * left to right in memory order), one with every letter unjoined, must not: so this test would
 * catch a renderer that gets either wrong.
 */

// Words of paragraph 6 of the article, with the organisation's Latin acronym and the year.
const phrase = 'الانسحاب من اتحاد دول أمريكا الجنوبية UNASUR الذي تأسس عام 2008';
const size = 48;

let browser: Browser;
let chromiumLine: InkMap;

beforeAll(async () => {
	const executablePath = resolveChromium();
	browser = await chromium.launch({
		args: chromiumArgs,
		...(executablePath ? { executablePath } : {}),
	});
	chromiumLine = await renderInChromium(phrase);
}, 60_000);

afterAll(async () => {
	await browser?.close();
});

const renderInChromium = async (text: string): Promise<InkMap> =>
	inkFromPng(
		await renderArabicLine(
			browser,
			text,
			{
				arabic: previewFontFile('Close Reading OG Naskh'),
				latin: previewFontFile('Close Reading OG Naskh Latin'),
			},
			size,
		),
	);

const canvasLine = (text: string) => inkFromCanvas(renderSpecimen('ar', text, size));

/** Two renderings of the line are the same picture: near-identical ink grids and box shapes. */
const alike = ({ correlation, aspect }: InkComparison) =>
	correlation > 0.95 && Math.abs(aspect - 1) < 0.05;

describe('Arabic in preview images', () => {
	test('matches Chromium: same letters, joined, in the same right-to-left order', () => {
		const comparison = compareInk(canvasLine(phrase), chromiumLine);
		expect(comparison.correlation).toBeGreaterThan(0.95); // 0.9995 when written
		expect(alike(comparison)).toBe(true);
	});

	test('the comparison catches letters laid out left to right in memory order', () => {
		// U+202D LEFT-TO-RIGHT OVERRIDE: what a renderer without the bidi algorithm draws.
		const comparison = compareInk(canvasLine(`\u202D${phrase}\u202C`), chromiumLine);
		expect(comparison.correlation).toBeLessThan(0.8); // 0.49 when written
		expect(alike(comparison)).toBe(false);
	});

	test('the comparison catches unjoined letters', () => {
		// U+200C ZERO WIDTH NON-JOINER between letters: each letter in its isolated form.
		const comparison = compareInk(canvasLine([...phrase].join('\u200C')), chromiumLine);
		expect(comparison.correlation).toBeLessThan(0.8); // 0.65 when written (and 16 % wider)
		expect(alike(comparison)).toBe(false);
	});
});
