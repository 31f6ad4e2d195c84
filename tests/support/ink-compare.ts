import { loadImage, createCanvas, type Canvas } from '@napi-rs/canvas';

/** An image as darkness per pixel: 0 is white paper, 1 is full ink. */
export interface InkMap {
	width: number;
	height: number;
	ink: Float32Array;
}

/** How alike two renderings of a line are, once each is cropped to its ink and scaled to the other. */
export interface InkComparison {
	/** Pearson correlation of ink density over a grid laid on each ink box: 1 is the same picture. */
	correlation: number;
	/** Ratio of the two ink boxes' width-to-height ratios (1 is the same shape; unjoined letters are wider). */
	aspect: number;
}

export async function inkFromPng(png: Buffer): Promise<InkMap> {
	const image = await loadImage(png);
	const canvas = createCanvas(image.width, image.height);
	canvas.getContext('2d').drawImage(image, 0, 0);
	return inkFromCanvas(canvas);
}

export function inkFromCanvas(canvas: Canvas): InkMap {
	const { width, height } = canvas;
	const { data } = canvas.getContext('2d').getImageData(0, 0, width, height);
	const ink = new Float32Array(width * height);
	for (let i = 0; i < ink.length; i++) {
		const luminance =
			(0.2126 * data[i * 4]! + 0.7152 * data[i * 4 + 1]! + 0.0722 * data[i * 4 + 2]!) / 255;
		ink[i] = 1 - luminance;
	}
	return { width, height, ink };
}

/**
 * Compares two renderings of the same line, tolerant of what differs between two good renderers
 * (antialiasing, subpixel placement, a pixel of size) and sensitive to what a wrong one gets wrong
 * (letters in the wrong order, unjoined letters): each is cropped to its ink, a grid of
 * `columns` × `rows` cells is laid over the box, and the cells' ink densities are correlated.
 */
export function compareInk(a: InkMap, b: InkMap, columns = 64, rows = 4): InkComparison {
	const boxA = inkBox(a);
	const boxB = inkBox(b);
	const gridA = inkGrid(a, boxA, columns, rows);
	const gridB = inkGrid(b, boxB, columns, rows);
	const aspectOf = (box: Box) => (box.right - box.left) / (box.bottom - box.top);
	return { correlation: correlation(gridA, gridB), aspect: aspectOf(boxA) / aspectOf(boxB) };
}

interface Box {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

function inkBox({ width, height, ink }: InkMap, threshold = 0.25): Box {
	const box = { left: width, top: height, right: 0, bottom: 0 };
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) {
			if (ink[y * width + x]! < threshold) continue;
			box.left = Math.min(box.left, x);
			box.right = Math.max(box.right, x + 1);
			box.top = Math.min(box.top, y);
			box.bottom = Math.max(box.bottom, y + 1);
		}
	}
	if (box.right <= box.left) throw new Error('The image has no ink');
	return box;
}

function inkGrid({ width, ink }: InkMap, box: Box, columns: number, rows: number): number[] {
	const sums = new Array<number>(columns * rows).fill(0);
	const counts = new Array<number>(columns * rows).fill(0);
	const boxWidth = box.right - box.left;
	const boxHeight = box.bottom - box.top;
	for (let y = box.top; y < box.bottom; y++) {
		const row = Math.min(rows - 1, Math.floor(((y - box.top) / boxHeight) * rows));
		for (let x = box.left; x < box.right; x++) {
			const column = Math.min(columns - 1, Math.floor(((x - box.left) / boxWidth) * columns));
			sums[row * columns + column]! += ink[y * width + x]!;
			counts[row * columns + column]!++;
		}
	}
	return sums.map((sum, cell) => sum / Math.max(1, counts[cell]!));
}

function correlation(a: number[], b: number[]): number {
	const mean = (values: number[]) =>
		values.reduce((total, value) => total + value, 0) / values.length;
	const meanA = mean(a);
	const meanB = mean(b);
	let covariance = 0;
	let varianceA = 0;
	let varianceB = 0;
	for (let i = 0; i < a.length; i++) {
		covariance += (a[i]! - meanA) * (b[i]! - meanB);
		varianceA += (a[i]! - meanA) ** 2;
		varianceB += (b[i]! - meanB) ** 2;
	}
	return covariance / Math.sqrt(varianceA * varianceB);
}
