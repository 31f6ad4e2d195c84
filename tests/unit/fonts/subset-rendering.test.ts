import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { webFaces } from '../../../src/fonts/faces';
import { buildCaches } from '../../../src/build-caches';
import { subsetSiteFonts } from '../../../src/fonts/subset-fonts';
import { renderSpecimen } from '../../../src/og/specimen';
import { chromiumArgs, resolveChromium } from '../../support/chromium';
import { renderArabicLine } from '../../support/chromium-line';
import { compareInk, inkFromCanvas, inkFromPng } from '../../support/ink-compare';

/**
 * Proof that cutting the fonts changes nothing a reader sees: an Arabic line with a lam-alef
 * ligature, a tanween and Latin digits, set by Chromium in the cut faces, is the same picture as in
 * the full faces (pixel for pixel), and as the preview-image renderer draws it from the full faces
 * (the comparison tests/unit/og/arabic-shaping.test.ts uses).
 */
const phrase = 'الانسحاب من مجموعة ليما، تحولاً بمقدار 180 درجة';
const size = 48;
let browser: Browser;

beforeAll(async () => {
	await subsetSiteFonts();
	const executablePath = resolveChromium();
	browser = await chromium.launch({
		args: chromiumArgs,
		...(executablePath ? { executablePath } : {}),
	});
}, 60_000);

afterAll(async () => {
	await browser?.close();
});

const renderInChromium = (arabic: string, latin: string) =>
	renderArabicLine(browser, phrase, { arabic, latin }, size);

const cut = (face: keyof typeof webFaces) => join(buildCaches.fonts, webFaces[face].file);
const full = (face: keyof typeof webFaces) => webFaces[face].source;

describe('the cut web fonts', () => {
	test('are much smaller than the full faces', () => {
		expect(readFileSync(cut('Noto Naskh Arabic')).length).toBeLessThan(16_000);
		expect(readFileSync(cut('Noto Naskh Arabic')).length).toBeLessThan(
			readFileSync(full('Noto Naskh Arabic')).length / 3,
		);
	});

	test('set Arabic exactly as the full faces do: same glyphs, same places, lam-alef and marks included', async () => {
		const fromFull = await renderInChromium(
			full('Noto Naskh Arabic'),
			full('Noto Naskh Arabic Latin'),
		);
		const fromCut = await renderInChromium(
			cut('Noto Naskh Arabic'),
			cut('Noto Naskh Arabic Latin'),
		);
		expect(fromCut.equals(fromFull)).toBe(true);
	});

	test('match the preview-image renderer, which draws from the full faces', async () => {
		const fromCut = await inkFromPng(
			await renderInChromium(cut('Noto Naskh Arabic'), cut('Noto Naskh Arabic Latin')),
		);
		const comparison = compareInk(inkFromCanvas(renderSpecimen('ar', phrase, size)), fromCut);
		expect(comparison.correlation).toBeGreaterThan(0.95);
		expect(Math.abs(comparison.aspect - 1)).toBeLessThan(0.05);
	});

	test('a face cut without the lam-alef’s letters no longer sets the line the same (the test can fail)', async () => {
		const { default: subsetFont } = await import('subset-font');
		const { writeFileSync, mkdtempSync } = await import('node:fs');
		const { tmpdir } = await import('node:os');
		const poor = join(mkdtempSync(join(tmpdir(), 'font-')), 'poor.woff2');
		writeFileSync(
			poor,
			await subsetFont(
				readFileSync(full('Noto Naskh Arabic')),
				phrase.replaceAll('ل', '').replaceAll('ا', ''),
				{ targetFormat: 'woff2' },
			),
		);
		const fromPoor = await renderInChromium(poor, cut('Noto Naskh Arabic Latin'));
		const fromFull = await renderInChromium(
			full('Noto Naskh Arabic'),
			full('Noto Naskh Arabic Latin'),
		);
		expect(fromPoor.equals(fromFull)).toBe(false);
	});
});
