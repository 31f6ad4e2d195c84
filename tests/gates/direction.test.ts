import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDirection, scan } from '../../scripts/checks/direction';

describe('direction hygiene', () => {
	it('src/ uses logical directions only', () => {
		expect(checkDirection('src')).toEqual([]);
	});

	it('flags physical classes and properties in a broken fixture, but not logical or explained ones', () => {
		const file = 'tests/fixtures/gates/physical-direction.astro';
		const found = scan(file, readFileSync(file, 'utf8')).map(
			({ line, match }) => `${line} ${match}`,
		);
		expect(found).toEqual([
			'4 ml-4',
			'4 pr-2',
			'4 text-right',
			'7 margin-left:',
			'8 left: 0',
			'9 text-align: right',
			'13 border-l',
			'13 rounded-tr-lg',
			'13 -mr-2',
			'13 left-[3px]',
		]);
	});
});
