import { readFileSync } from 'node:fs';
import { HtmlValidate, type Report } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../src/hosting/site-files';
import { distDir } from './site';

const validator = new HtmlValidate({ extends: ['html-validate:standard', 'html-validate:a11y'] });
const pages = listFiles(distDir).filter((file) => file.endsWith('.html'));

function errors(report: Report): string[] {
	return report.results.flatMap(({ filePath, messages }) =>
		messages.map(
			({ line, column, ruleId, message }) => `${filePath}:${line}:${column} ${ruleId}: ${message}`,
		),
	);
}

describe('valid HTML (html-validate, standard + a11y presets)', () => {
	it('checks at least the article pages', () => {
		expect(pages).toEqual(expect.arrayContaining(['ar/index.html', 'en/index.html', 'index.html']));
	});

	it.each(pages)('dist/%s has no error', async (page) => {
		const report = await validator.validateString(
			readFileSync(`${distDir}/${page}`, 'utf8'),
			`dist/${page}`,
		);
		expect(errors(report)).toEqual([]);
	});

	it('fails a deliberately broken page', async () => {
		const report = await validator.validateFile('tests/fixtures/gates/invalid.html');
		const rules = new Set(
			report.results.flatMap(({ messages }) => messages.map(({ ruleId }) => ruleId)),
		);
		expect(rules).toContain('no-dup-id');
		expect(rules).toContain('wcag/h37');
		expect(rules).toContain('text-content');
	});
});
