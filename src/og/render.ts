import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { locales, type Locale } from '../i18n/config';
import type { PreviewCard } from './card';
import { previewFont } from './fonts';
import { encodePng } from './png';
import * as style from './style';
import { wrapText, type WrappedText } from './wrap';

/** One text block, ready to draw: its font, lines and vertical extent. */
interface Block {
	font: string;
	size: number;
	lineHeight: number;
	lines: string[];
	color: string;
	quoted: boolean;
}

let shared: { canvas: Canvas; ctx: SKRSContext2D } | undefined;

/**
 * Draws a card and returns it as a 1200 × 630 PNG. The text is laid out in the card's direction:
 * on Arabic cards lines start at the right and Skia shapes the letters and orders mixed runs
 * (Latin names, digits) by the Unicode bidirectional algorithm. One canvas serves every card: the
 * drawing is synchronous, and the pixels are copied out before the next card is drawn.
 */
export function renderPreviewCard(card: PreviewCard): Promise<Buffer> {
	const canvas = drawPreviewCard(card);
	const { width, height } = style.cardSize;
	// The canvas's own pixels, without getImageData's copy: the card is opaque, so premultiplied
	// RGBA is plain RGBA. encodePng copies them into its rows before it yields.
	return encodePng(canvas.data(), width, height);
}

/** Draws a card on the shared canvas and returns the canvas (for tests and other encodings). */
function drawPreviewCard(card: PreviewCard): Canvas {
	shared ??= (() => {
		const canvas = createCanvas(style.cardSize.width, style.cardSize.height);
		return { canvas, ctx: canvas.getContext('2d') };
	})();
	const { canvas, ctx } = shared;
	const { width, height } = style.cardSize;
	const rtl = locales[card.locale].dir === 'rtl';
	/** x of a distance from the start edge, in the card's direction. */
	const fromStart = (distance: number) => (rtl ? width - distance : distance);

	ctx.setTransform(1, 0, 0, 1, 0, 0);
	ctx.fillStyle = style.palette.paper;
	ctx.fillRect(0, 0, width, height);
	ctx.fillStyle = style.palette.accent;
	ctx.fillRect(rtl ? width - style.band : 0, 0, style.band, height);

	setTextDirection(ctx, card.locale);
	const textStart = style.band + style.margin.inline;
	const textWidth = width - textStart - style.margin.inline;

	// A short card sits in the middle of the space above the footer rather than hanging at the top.
	const blocks = layOut(ctx, card, textWidth);
	const used = blocks.reduce(
		(total, block) => total + block.lines.length * block.lineHeight + style.body.gap,
		-style.body.gap,
	);
	const shift = Math.max(0, (style.content.bottom - style.content.top - used) / 2);

	ctx.font = previewFont(card.locale, style.kicker.size, 'strong');
	ctx.fillStyle = style.palette.accent;
	ctx.fillText(
		fit(ctx, card.kicker, textWidth),
		fromStart(textStart),
		style.kicker.baseline + shift,
	);

	let y = style.content.top + shift;
	for (const block of blocks) {
		const indent = block.quoted ? style.quote.indent : 0;
		if (block.quoted) {
			ctx.fillStyle = style.palette.accent;
			const ruleX = fromStart(textStart) - (rtl ? style.quote.rule : 0);
			ctx.fillRect(
				ruleX,
				y + block.size * 0.25,
				style.quote.rule,
				block.lines.length * block.lineHeight - block.size * 0.3,
			);
		}
		ctx.font = block.font;
		ctx.fillStyle = block.color;
		for (const line of block.lines) {
			ctx.fillText(line, fromStart(textStart + indent), y + baselineOffset(block));
			y += block.lineHeight;
		}
		y += style.body.gap;
	}

	ctx.fillStyle = style.palette.rule;
	ctx.fillRect(rtl ? width - textStart - textWidth : textStart, style.footer.ruleY, textWidth, 2);
	ctx.font = previewFont(card.locale, style.footer.size, 'strong');
	ctx.fillStyle = style.palette.muted;
	ctx.fillText(card.siteName, fromStart(textStart), style.footer.baseline);
	return canvas;
}

/**
 * Sets lines in the locale's direction, from the start side: on RTL lines Skia runs the Unicode
 * bidirectional algorithm with an RTL paragraph level, as a browser does for `dir="rtl"`.
 */
export function setTextDirection(ctx: SKRSContext2D, locale: Locale): void {
	ctx.direction = locales[locale].dir;
	ctx.textAlign = 'start';
	ctx.textBaseline = 'alphabetic';
}

/** The title at the largest size at which it fits whole (leaving room for the body), then the body. */
function layOut(ctx: SKRSContext2D, card: PreviewCard, textWidth: number): Block[] {
	const heights = style.lineHeight[card.locale];
	const available = style.content.bottom - style.content.top;
	const bodyLine = style.body.size * heights.body;
	const reserved = card.body ? style.body.gap + style.body.minLines * bodyLine : 0;
	const titleWidth = textWidth - (card.quoted === 'title' ? style.quote.indent : 0);

	let title: Block | undefined;
	for (const size of style.titleSizes) {
		const lineHeight = size * heights.title;
		const maxLines = Math.max(1, Math.floor((available - reserved) / lineHeight));
		const font = previewFont(card.locale, size);
		const wrapped = wrap(ctx, font, card.title, titleWidth, maxLines);
		title = {
			font,
			size,
			lineHeight,
			lines: wrapped.lines,
			color: style.palette.ink,
			quoted: card.quoted === 'title',
		};
		if (!wrapped.truncated) break;
	}
	const blocks = [title!];
	if (card.body) {
		const used = title!.lines.length * title!.lineHeight + style.body.gap;
		const maxLines = Math.max(1, Math.floor((available - used) / bodyLine));
		const font = previewFont(card.locale, style.body.size);
		const bodyWidth = textWidth - (card.quoted === 'body' ? style.quote.indent : 0);
		const { lines } = wrap(ctx, font, card.body, bodyWidth, maxLines);
		blocks.push({
			font,
			size: style.body.size,
			lineHeight: bodyLine,
			lines,
			color: style.palette.muted,
			quoted: card.quoted === 'body',
		});
	}
	return blocks;
}

function wrap(
	ctx: SKRSContext2D,
	font: string,
	text: string,
	width: number,
	maxLines: number,
): WrappedText {
	ctx.font = font;
	return wrapText(text, (candidate) => ctx.measureText(candidate).width, width, maxLines);
}

/** One line, shortened with an ellipsis if it is too wide. */
function fit(ctx: SKRSContext2D, text: string, width: number): string {
	return wrapText(text, (candidate) => ctx.measureText(candidate).width, width, 1).lines[0] ?? '';
}

/** Where the baseline sits in a line box: a little below its middle, so the letters look centred. */
function baselineOffset(block: Block): number {
	return block.lineHeight / 2 + block.size * 0.3;
}
