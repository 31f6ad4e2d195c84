import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scratchProject, type ScratchProject } from './scratch-project';

/**
 * Bad content must stop the build with a message that names the file and the problem. Each case
 * breaks one thing in a copy of the project and builds it for real.
 */
const projects: ScratchProject[] = [];
afterEach(() => {
	for (const project of projects.splice(0)) project.dispose();
});

async function buildBroken(breakIt: (project: ScratchProject) => void) {
	const project = scratchProject();
	projects.push(project);
	breakIt(project);
	return project.build();
}

const event = 'content/timeline/en/lima-declaration.md';

// One at a time: the copies share node_modules, and with it Vite's dependency cache.
describe('a build with broken content fails and says where', () => {
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

	it('an article folder without the text as received, named like a section of the site', async () => {
		const { code, output } = await buildBroken((p) => {
			cpSync(
				'tests/fixtures/articles/test-harbour-notice',
				join(p.dir, 'content/articles/glossary'),
				{ recursive: true },
			);
			p.remove('content/articles/glossary/original.txt');
		});
		expect(code).not.toBe(0);
		expect(output).toContain(
			'content/articles/glossary/: "glossary" is already the address of a section of the site (/<lang>/glossary/): choose another folder name',
		);
		expect(output).toContain(
			'content/articles/glossary/: has no original.txt: paste the text exactly as received there',
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

	it('a note on a paragraph its article does not have', async () => {
		const note = 'content/articles/peru-integration/notes/ar/leavers.md';
		const { code, output } = await buildBroken((p) =>
			p.edit(note, (text) => text.replace('paragraph: p5', 'paragraph: p15')),
		);
		expect(code).not.toBe(0);
		expect(output).toContain(
			`${note}: paragraph "p15" does not exist in content/articles/peru-integration/ar.md`,
		);
	});

	it('a note whose quote is not in the text', async () => {
		const note = 'content/articles/peru-integration/notes/en/leavers.md';
		const { code, output } = await buildBroken((p) =>
			p.edit(note, (text) => text.replace(/^quote: .*$/m, 'quote: words the article never says')),
		);
		expect(code).not.toBe(0);
		expect(output).toContain(
			`${note}: quote "words the article never says" is not in paragraph p5 of content/articles/peru-integration/en.md`,
		);
	});
});
