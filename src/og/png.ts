import { crc32, deflateSync } from 'node:zlib';

/**
 * Encodes RGBA pixels as an opaque 8-bit RGB PNG. Preview cards are flat colour and text, which
 * zlib packs well with no row filter and a low level: several times faster than the canvas's own
 * PNG encoder (which tries every row filter), and the files come out smaller (about 85 KB against
 * 105 KB for a full paragraph card).
 */
export function encodePng(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): Buffer {
	const stride = 1 + width * 3;
	const rows = Buffer.alloc(stride * height);
	for (let y = 0; y < height; y++) {
		// Each row starts with its filter type, 0 (none); then the pixels without alpha.
		for (let x = 0, from = y * width * 4, to = y * stride + 1; x < width; x++, from += 4, to += 3) {
			rows[to] = rgba[from]!;
			rows[to + 1] = rgba[from + 1]!;
			rows[to + 2] = rgba[from + 2]!;
		}
	}
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header.set([8, 2, 0, 0, 0], 8); // 8 bits per channel, truecolour, deflate, no filter method, no interlace
	return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 3 })), chunk('IEND', Buffer.alloc(0))]);
}

const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
	const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(typeAndData));
	return Buffer.concat([length, typeAndData, crc]);
}
