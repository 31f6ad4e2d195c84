import { localeCodes, type Locale } from '../i18n/config';
import type { sourceKinds, verdicts } from '../schemas/vocabulary';
import { assertNoProblems, type ContentProblem } from './checks/problems';
import { loadLocalized, type LocalizedItem } from './localized-collection';

export type DeskPage = LocalizedItem<'pages'>;

/** The method page in one language, with every verdict and source kind defined. */
export interface MethodPage {
	page: DeskPage;
	verdicts: Record<(typeof verdicts)[number], { means: string; test: string }>;
	sourceKinds: Record<(typeof sourceKinds)[number], string>;
}

/** Where the method page lives, in every language. */
const methodId = 'method';

let method: Promise<Record<Locale, MethodPage>> | undefined;

/**
 * How the desk checks, in every language: `content/pages/<locale>/method.md`. Every label the site
 * shows for a verdict or a source kind links to its definition here, so each language's page must
 * exist and define them all (the schema requires each one that is given; this requires them given).
 */
export function loadMethod(): Promise<Record<Locale, MethodPage>> {
	method ??= (async () => {
		const pages = await loadLocalized('pages');
		const problems: ContentProblem[] = [];
		const found = localeCodes.map((locale) => {
			const page = pages[locale].find(({ slug }) => slug === methodId);
			const file = `content/pages/${locale}/${methodId}.md`;
			if (!page) {
				problems.push({ file, message: 'is missing: the method page, in every language' });
				return undefined;
			}
			const { verdicts, sourceKinds } = page.entry.data;
			if (!verdicts || !sourceKinds) {
				problems.push({
					file: page.file,
					message: 'needs `verdicts` and `sourceKinds`: the definitions every label links to',
				});
				return undefined;
			}
			return [locale, { page, verdicts, sourceKinds }] as const;
		});
		assertNoProblems(problems);
		return Object.fromEntries(found.filter((entry) => entry !== undefined)) as Record<
			Locale,
			MethodPage
		>;
	})();
	return method;
}
