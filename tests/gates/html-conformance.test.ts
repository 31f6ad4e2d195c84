import { describe, expect, it } from 'vitest';
import { checkConformance } from '../../scripts/checks/html-conformance';
import { distDir } from './site';

describe('every built page parses as HTML without an error (W3C Nu Html Checker)', () => {
	it('holds for every page in dist/', { timeout: 120_000 }, () => {
		expect(
			checkConformance([distDir]).map(({ file, line, message }) => `${file}:${line}: ${message}`),
		).toEqual([]);
	});

	it('catches a script after </html>, as the layout once wrote', { timeout: 60_000 }, () => {
		const errors = checkConformance(['tests/fixtures/gates/nonconforming.html']);
		expect(errors.length).toBeGreaterThan(0);
		expect(errors[0]!.message).toMatch(/Stray start tag “script”/);
	});
});
