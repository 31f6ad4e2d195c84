import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../../scripts/project-copy';
import { buildBroken } from './scratch-project';

/**
 * Bad timeline content must stop the build with a message that names the file and the problem.
 * Each build breaks a copy of the project for real. Problems that the same check reports together
 * share one build (the build lists every problem of a check, not only the first); a schema
 * error stops the content sync by itself, so each has its own.
 */
const event = 'content/timeline/en/lima-declaration.md';
const otherEvent = 'content/timeline/en/argentina-leaves-lima-group.md';
const thirdEvent = 'content/timeline/en/bejar-resigns.md';
const buildTimeout = 180_000;

describe('a build with a broken timeline fails and says where', () => {
	describe('one build: a date not in the calendar, and an event missing in one language', () => {
		let result: BuildResult;
		beforeAll(async () => {
			result = await buildBroken((p) => {
				p.edit(event, (text) => text.replace('date: 2017-08-08', 'date: 2017-02-30'));
				p.remove('content/timeline/ar/bejar-resigns.md');
			});
		}, buildTimeout);

		it('fails', () => expect(result.code).not.toBe(0));
		it('names the file and line of a timeline date that is not in the calendar', () =>
			expect(result.output).toContain(
				`${event}:2: date "2017-02-30" is not a date in the calendar`,
			));
		it('names the event missing in one language and the file to add', () =>
			expect(result.output).toContain(
				'content/timeline/en/bejar-resigns.md: has no ar version: add content/timeline/ar/bejar-resigns.md',
			));
	});

	describe('one build: an unknown topic, glossary term, paragraph or article on an event', () => {
		let result: BuildResult;
		beforeAll(async () => {
			result = await buildBroken((p) => {
				p.edit(event, (text) =>
					text
						.replace(/^terms: \[.*\]$/m, 'terms: [lima-grup]')
						.replace(
							/^concerns: .*$/m,
							'concerns: [{ article: peru-integration, paragraphs: [p3, p11] }]',
						),
				);
				p.edit(thirdEvent, (text) => text.replace('topics: [peru]', 'topics: [peru, mercosur]'));
				p.edit(otherEvent, (text) =>
					text.replace(
						/^concerns: .*$/m,
						'concerns: [{ article: peru-integraton, paragraphs: [p3] }]',
					),
				);
			});
		}, buildTimeout);

		it('fails', () => expect(result.code).not.toBe(0));
		it('names an unknown topic, and the topics there are', () =>
			expect(result.output).toContain(
				`${thirdEvent}: unknown topic "mercosur": content/topics.yaml has lima-group, unasur, celac, venezuela, peru`,
			));
		it('names an unknown glossary term', () =>
			expect(result.output).toContain(`${event}: unknown glossary term "lima-grup"`));
		it('names a paragraph the article does not have', () =>
			expect(result.output).toContain(`${event}: unknown paragraph "p11" of peru-integration`));
		it('names an unknown article, and the articles there are', () =>
			expect(result.output).toContain(
				`${otherEvent}: unknown article "peru-integraton": content/articles/ has peru-integration`,
			));
	});
});
