import { createCanvas, type Canvas } from '@napi-rs/canvas';
import type { Locale } from '../i18n/config';
import { previewFont } from './fonts';
import { setTextDirection } from './render';

/**
 * One line of text, black on white, set exactly as a card sets its lines (same fonts, same
 * direction handling): what tests compare with a browser's rendering of the same line.
 */
export function renderSpecimen(locale: Locale, text: string, sizePx: number): Canvas {
	const probe = createCanvas(1, 1).getContext('2d');
	probe.font = previewFont(locale, sizePx);
	const padding = sizePx;
	const width = Math.ceil(probe.measureText(text).width) + 2 * padding;
	const height = Math.ceil(sizePx * 2.5);
	const canvas = createCanvas(width, height);
	const ctx = canvas.getContext('2d');
	ctx.fillStyle = '#fff';
	ctx.fillRect(0, 0, width, height);
	ctx.fillStyle = '#000';
	ctx.font = previewFont(locale, sizePx);
	setTextDirection(ctx, locale);
	const rtl = ctx.direction === 'rtl';
	ctx.fillText(text, rtl ? width - padding : padding, Math.round(sizePx * 1.5));
	return canvas;
}
