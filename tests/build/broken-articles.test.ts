import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBroken } from './scratch-project';

/**
 * Bad article content must stop the build with a message that names the file and the problem.
 * Each case breaks one thing in a copy of the project and builds it for real.
 */
describe('a build with a broken article fails and says where', () => {
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

	it('a translation cut into other segments than the original', async () => {
		const en = 'content/articles/peru-integration/en.md';
		const line =
			readFileSync(en, 'utf8')
				.split('\n')
				.findIndex((text) => text.startsWith(':::p{#p6}')) + 1;
		const { code, output } = await buildBroken((p) =>
			p.edit(en, (text) => text.replace(':s{#p6-s1}', '').replace(':s{#p6-s2}', '')),
		);
		expect(code).not.toBe(0);
		expect(output).toContain(
			`${en}:${line}: paragraph p6 is cut into one segment but content/articles/peru-integration/ar.md into 2 segments: mark the same segments, aligned by meaning, one for one (:s{#p6-s1} :s{#p6-s2})`,
		);
	});

	it('a segment mark inside an annotation, at its line', async () => {
		const ar = 'content/articles/peru-integration/ar.md';
		const line =
			readFileSync(ar, 'utf8')
				.split('\n')
				.findIndex((text) => text.includes('{#pedro-castillo}')) + 1;
		const { code, output } = await buildBroken((p) =>
			p.edit(ar, (text) => text.replace(':term[بيدرو كاستيو]', ':term[بيدرو :s{#p1-s2}كاستيو]')),
		);
		expect(code).not.toBe(0);
		expect(output).toContain(
			'Segment mark :s{#p1-s2} cuts through :term[بيدرو كاستيو]{#pedro-castillo}',
		);
		expect(output).toMatch(new RegExp(`${ar}:${line}:\\d+`));
	});
});
