import { describe, expect, it } from 'vitest';
import { buildBroken } from './scratch-project';

/**
 * A timeline event its schema rejects stops the content sync, one file at a time, so each break
 * has its own build (broken-timeline.test.ts has the problems the checks report together; the files
 * are apart so that the builds share the cores).
 */
const event = 'content/timeline/en/lima-declaration.md';

describe('a build with a timeline event its schema rejects fails and says where', () => {
	it('a timeline date in the wrong format', async () => {
		const { code, output } = await buildBroken((p) =>
			p.edit(event, (text) => text.replace('date: 2017-08-08', 'date: 8 August 2017')),
		);
		expect(code).not.toBe(0);
		expect(output).toContain(
			'timeline → en/lima-declaration data does not match collection schema',
		);
		expect(output).toContain('date: use YYYY-MM-DD, YYYY-MM or YYYY');
	});

	it('an event written the old way, with paragraphs that name no article', async () => {
		const { code, output } = await buildBroken((p) =>
			p.edit(event, (text) => text.replace(/^concerns: .*$/m, 'paragraphs: [p3]')),
		);
		expect(code).not.toBe(0);
		expect(output).toContain(
			'timeline → en/lima-declaration data does not match collection schema',
		);
		expect(output).toMatch(/Unrecognized key.*"paragraphs"/);
	});
});
