import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { palette } from '../../../src/og/style';

test('preview cards use the site’s light-scheme colours', () => {
	const css = readFileSync('src/styles/global.css', 'utf8');
	for (const [token, colour] of Object.entries(palette)) {
		const light = css.match(
			new RegExp(`--color-${token}:\\s*light-dark\\((#[0-9a-f]{6})`, 'i'),
		)?.[1];
		expect(light, `--color-${token}`).toBe(colour);
	}
});
