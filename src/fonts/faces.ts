/**
 * The site's web font faces: where each comes from (a package file, from the project root), its
 * weights, and the characters it may serve (the package's own range). The build cuts each face
 * down to the characters of that range the site prints (subset-fonts.ts), declares each cut for
 * exactly its characters (the `@font-face` rules of `@site-fonts/faces.css`), and checks every
 * page against the cuts (integrations/font-coverage.ts).
 */
export interface WebFace {
	/** The file the subset is written to, in the font cache (`@site-fonts/<file>` in CSS and imports). */
	file: string;
	source: string;
	/** `font-weight` of the face: one weight, or the span of a variable font. */
	weight: string;
	/** Inclusive code point ranges: the characters this face may be cut to serve. */
	ranges: readonly (readonly [number, number])[];
}

const latin = [
	[0x0000, 0x00ff],
	[0x0131, 0x0131],
	[0x0152, 0x0153],
	[0x02bb, 0x02bc],
	[0x02c6, 0x02c6],
	[0x02da, 0x02da],
	[0x02dc, 0x02dc],
	[0x0304, 0x0304],
	[0x0308, 0x0308],
	[0x0329, 0x0329],
	[0x2000, 0x206f],
	[0x20ac, 0x20ac],
	[0x2122, 0x2122],
	[0x2191, 0x2191],
	[0x2193, 0x2193],
	[0x2212, 0x2212],
	[0x2215, 0x2215],
	[0xfeff, 0xfeff],
	[0xfffd, 0xfffd],
] as const;

export const webFaces = {
	'Noto Naskh Arabic': {
		file: 'noto-naskh-arabic.woff2',
		source:
			'node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2',
		weight: '400',
		ranges: [
			[0x0600, 0x06ff],
			[0x0750, 0x077f],
			[0x0870, 0x088e],
			[0x0890, 0x0891],
			[0x0897, 0x08e1],
			[0x08e3, 0x08ff],
			[0x200c, 0x200e],
			[0x2010, 0x2011],
			[0x204f, 0x204f],
			[0x2e41, 0x2e41],
			[0xfb50, 0xfdff],
			[0xfe70, 0xfe74],
			[0xfe76, 0xfefc],
		],
	},
	'Noto Naskh Arabic Latin': {
		file: 'noto-naskh-arabic-latin.woff2',
		source:
			'node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-latin-400-normal.woff2',
		weight: '400',
		ranges: latin,
	},
	'Source Serif 4': {
		file: 'source-serif-4-latin.woff2',
		source:
			'node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2',
		weight: '200 900',
		ranges: latin,
	},
} as const satisfies Record<string, WebFace>;

/** Whether a face is declared for a character. */
export function faceCovers(face: WebFace, codePoint: number): boolean {
	return face.ranges.some(([from, to]) => codePoint >= from && codePoint <= to);
}
