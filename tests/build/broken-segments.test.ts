import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBroken } from './scratch-project';

/**
 * Segment marks that do not hold must stop the build at their line: a translation cut otherwise
 * than its original, a mark inside an annotation. Each breaks a copy of the project for real
 * (broken-articles.test.ts has the article folders' and notes' problems; the files are apart so
 * that the builds share the cores).
 */
describe('a build with broken segments fails and says where', () => {
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
