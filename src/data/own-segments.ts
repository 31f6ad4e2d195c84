import type { ParagraphRecord } from '../markdown/remark-article-paragraphs';
import type { SegmentRecord } from '../markdown/remark-segments';

/** A segment with an address, share page and preview of its own, and where it is. */
export interface OwnSegment {
	paragraph: ParagraphRecord;
	segment: SegmentRecord;
	/** Its number in the paragraph, from 1. */
	s: number;
}

/**
 * The segments of every paragraph cut into more than one, in reading order. A paragraph of one
 * segment is addressed, shared and previewed as the paragraph, so its segment is not among them.
 */
export function ownSegments(paragraphs: readonly ParagraphRecord[]): OwnSegment[] {
	return paragraphs
		.filter(({ segments }) => segments.length > 1)
		.flatMap((paragraph) =>
			paragraph.segments.map((segment, index) => ({ paragraph, segment, s: index + 1 })),
		);
}
