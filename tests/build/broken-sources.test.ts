import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBroken } from './scratch-project';

/**
 * The register of sources holds only if a broken citation or entry stops the build, naming the
 * file and line. One build breaks five things at once: the register's checks report every problem
 * they find together, so each message must be there.
 */
describe('a build with a broken source register fails and says where', () => {
	it('reports an unknown id, a duplicate address, an uncited entry, a state without its state and a drifted title', async () => {
		const { code, output } = await buildBroken((p) => {
			for (const locale of ['ar', 'en']) {
				p.edit(`content/articles/peru-integration/notes/${locale}/leavers.md`, (text) =>
					text.replace(
						'  - cadena-3-bolivia-ingreso-grupo-lima',
						'  - cadena-3-bolivia-ingreso-grupo',
					),
				);
				p.edit(`content/glossary/${locale}/oas.md`, (text) =>
					text.replace(
						'  - xinhua-oas-meets-cancun-with',
						'  - id: xinhua-oas-meets-cancun-with\n    title: OAS meets in Cancún',
					),
				);
			}
			writeFileSync(
				join(p.dir, 'content/sources/tn-argentina-again.yaml'),
				[
					'url: https://tn.com.ar/agencias/reuters/2021/03/24/actualiza-1-argentina-se-retira-del-grupo-de-lima-porque-politica-para-aislar-a-venezuela-no-han-conducido-a-nada-pide-dialogo',
					'title: Argentina se retira del Grupo de Lima',
					'lang: es',
					'publisher:',
					'  en: TN',
					'  ar: موقع TN الأرجنتيني',
					'kind: wire',
					'',
				].join('\n'),
			);
			p.edit('content/sources/xinhua-oas-meets-cancun-with.yaml', (text) =>
				text.replace('state: CN\n', ''),
			);
		});
		expect(code).not.toBe(0);
		expect(output).toMatch(
			/content\/articles\/peru-integration\/notes\/en\/leavers\.md:8: cites the source "cadena-3-bolivia-ingreso-grupo", which content\/sources\/ does not have: add content\/sources\/cadena-3-bolivia-ingreso-grupo\.yaml, or cite "cadena-3-bolivia-ingreso-grupo-lima"/,
		);
		expect(output).toContain(
			'content/sources/tn-argentina-again.yaml:1: has the address of content/sources/reuters-tn-actualiza-1-argentina-retira.yaml',
		);
		expect(output).toContain(
			'content/sources/tn-argentina-again.yaml: is cited by no note, term or event',
		);
		expect(output).toMatch(
			/content\/sources\/xinhua-oas-meets-cancun-with\.yaml:\d+: is state media but names no state/,
		);
		expect(output).toMatch(
			/content\/glossary\/en\/oas\.md:\d+: gives xinhua-oas-meets-cancun-with the title "OAS meets in Cancún", but content\/sources\/xinhua-oas-meets-cancun-with\.yaml says "OAS meets in Cancun with Venezuela topping agenda"/,
		);
	});
});
