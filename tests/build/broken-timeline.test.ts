import { describe, expect, it } from 'vitest';
import { buildBroken } from './scratch-project';

/**
 * Bad timeline content must stop the build with a message that names the file and the problem.
 * Each case breaks one thing in a copy of the project and builds it for real.
 */
const event = 'content/timeline/en/lima-declaration.md';

describe('a build with a broken timeline fails and says where', () => {
	it('a timeline date that is not in the calendar', async () => {
		const { code, output } = await buildBroken((p) =>
			p.edit(event, (text) => text.replace('date: 2017-08-08', 'date: 2017-02-30')),
		);
		expect(code).not.toBe(0);
		expect(output).toContain(`${event}:2: date "2017-02-30" is not a date in the calendar`);
	});

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

	it('an unknown glossary term or paragraph on an event', async () => {
		const { code, output } = await buildBroken((p) =>
			p.edit(event, (text) =>
				text
					.replace(/^terms: \[.*\]$/m, 'terms: [lima-grup]')
					.replace(
						/^concerns: .*$/m,
						'concerns: [{ article: peru-integration, paragraphs: [p3, p11] }]',
					),
			),
		);
		expect(code).not.toBe(0);
		expect(output).toContain(`${event}: unknown glossary term "lima-grup"`);
		expect(output).toContain(`${event}: unknown paragraph "p11" of peru-integration`);
	});

	it('an event missing in one language', async () => {
		const { code, output } = await buildBroken((p) =>
			p.remove('content/timeline/ar/lima-declaration.md'),
		);
		expect(code).not.toBe(0);
		expect(output).toContain(
			`${event}: has no ar version: add content/timeline/ar/lima-declaration.md`,
		);
	});

	it('an event naming an unknown article, or a paragraph of the wrong one', async () => {
		const { code, output } = await buildBroken((p) =>
			p.edit(event, (text) =>
				text.replace(
					/^concerns: .*$/m,
					'concerns: [{ article: peru-integraton, paragraphs: [p3] }]',
				),
			),
		);
		expect(code).not.toBe(0);
		expect(output).toContain(
			`${event}: unknown article "peru-integraton": content/articles/ has peru-integration`,
		);
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
