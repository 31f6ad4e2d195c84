import type { MarkShape } from '../schemas/vocabulary';

/**
 * The shapes a timeline topic's marks may take (content/topics.yaml, mark.shape), as SVG paths
 * in a 12 × 12 box centred on the origin: each is told apart by its outline alone, in any colour.
 */
export const markPaths: Record<MarkShape, string> = {
	square: 'M-3.5-3.5h7v7h-7z',
	circle: 'M-4 0a4 4 0 1 0 8 0a4 4 0 1 0-8 0z',
	triangle: 'M0-4.5L4.5 3.5H-4.5z',
	diamond: 'M0-5L5 0L0 5L-5 0z',
	hexagon: 'M-4.5 0L-2.2-3.9h4.4L4.5 0L2.2 3.9h-4.4z',
};
