/**
 * The `_redirects` file Netlify and Cloudflare Pages read: one `from to status` rule per line.
 * Written here rather than by a library: the format is that one line, and the libraries that
 * know it (Netlify's parser) come with a whole build system. Each old address also keeps a
 * forward page of its own, for hosts that read no such file. No imports: the address checks in
 * scripts/ read the file with `parseRedirects`.
 *
 * @param rules old and new addresses, base included
 */
export function redirectsFile(rules: readonly { from: string; to: string }[]): string {
	return [
		'# Written by the build (src/integrations/hosting-files.ts, from src/routing/former-addresses.ts).',
		...rules.map(({ from, to }) => `${from} ${to} 301`),
		'',
	].join('\n');
}

/** The rules of a `_redirects` file: comments and blank lines skipped. */
export function parseRedirects(text: string): { from: string; to: string; status: number }[] {
	return text
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line && !line.startsWith('#'))
		.map((line) => {
			const [from = '', to = '', status = '301'] = line.split(/\s+/);
			return { from, to, status: Number(status) };
		});
}
