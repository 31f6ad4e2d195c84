import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, test } from 'vitest';
import type { PreviewCard } from '../../../src/og/card';
import { previewFont } from '../../../src/og/fonts';
import { renderPreviewCard } from '../../../src/og/render';

const arabic: PreviewCard = {
	locale: 'ar',
	kicker: 'الفقرة 4',
	title: 'ويشكل قرار السلطات البيروفية ضربة جديدة لتلك الكتلة',
	quoted: 'title',
	siteName: 'قراءة متأنية',
};
const english: PreviewCard = {
	locale: 'en',
	kicker: 'Glossary · Organisation',
	title: 'Lima Group',
	body: 'An informal bloc of governments in the Americas, formed in Lima on 8 August 2017. '.repeat(
		8,
	),
	siteName: 'Close Reading',
};

describe('renderPreviewCard', () => {
	test.each([arabic, english])('returns a 1200 × 630 PNG ($locale)', async (card) => {
		const png = await renderPreviewCard(card);
		expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
		const image = await loadImage(png);
		expect([image.width, image.height]).toEqual([1200, 630]);
	});

	test('keeps the site’s colours through PNG encoding, with the accent band on the start edge', async () => {
		const image = await loadImage(await renderPreviewCard(arabic));
		const ctx = createCanvas(image.width, image.height).getContext('2d');
		ctx.drawImage(image, 0, 0);
		const pixel = (x: number, y: number) => [...ctx.getImageData(x, y, 1, 1).data];
		expect(pixel(1195, 10)).toEqual([0x8a, 0x1c, 0x1c, 255]); // accent, on the right for Arabic
		expect(pixel(5, 10)).toEqual([0xfb, 0xf9, 0xf4, 255]); // paper
	});

	test('puts the text on the start side: right on Arabic cards, left on English ones', async () => {
		const inkSides = async ({ locale, title }: PreviewCard) => {
			const image = await loadImage(
				await renderPreviewCard({ locale, title, kicker: '', siteName: '' }),
			);
			const canvas = createCanvas(image.width, image.height);
			const ctx = canvas.getContext('2d');
			ctx.drawImage(image, 0, 0);
			// The title's band of rows, away from the accent stripe on the start edge.
			const { data } = ctx.getImageData(30, 150, 1140, 330);
			const dark = (x: number) =>
				Array.from({ length: 330 }, (_, y) => data[(y * 1140 + x) * 4]!).some(
					(value) => value < 100,
				);
			return { left: dark(100), right: dark(1050) };
		};
		expect(await inkSides({ ...arabic, title: 'مجموعة ليما' })).toEqual({
			left: false,
			right: true,
		});
		expect(await inkSides({ ...english, title: 'Lima Group' })).toEqual({
			left: true,
			right: false,
		});
	});
});

describe('preview fonts', () => {
	test('are the site’s own files, registered under names no system font has', () => {
		const ctx = createCanvas(10, 10).getContext('2d');
		const width = (font: string, text: string) => {
			ctx.font = font;
			return ctx.measureText(text).width;
		};
		const fallback = (size: number) => `${size}px "No Such Family Anywhere"`;
		expect(width(previewFont('ar', 40), 'الحكومة البيروفية')).not.toBeCloseTo(
			width(fallback(40), 'الحكومة البيروفية'),
			0,
		);
		expect(width(previewFont('en', 40), 'Peru’s foreign policy')).not.toBeCloseTo(
			width(fallback(40), 'Peru’s foreign policy'),
			0,
		);
	});
});
