/**
 * The ranking table: queries a reader would type, in both languages, each with the place that must
 * come first or among the first three. Written from the content, not tuned to the index:
 * - `answer`: the query names a glossary term, which must be the highlighted answer;
 * - `first`: the first result of its group (the commentary, notes, glossary, timeline);
 * - `top3`: among the first three of its group.
 * Paths are site paths under the query's language.
 */
export interface RankingCase {
	locale: 'ar' | 'en';
	query: string;
	why: string;
	answer?: string;
	first?: string;
	top3?: string;
}

export const rankingTable: RankingCase[] = [
	// Arabic: names, their Latin spellings, and spellings without hamza, with ه for ة.
	{ locale: 'ar', query: 'سيلاك', why: 'the term’s short name', answer: 'glossary/celac/' },
	{ locale: 'ar', query: 'CELAC', why: 'the Latin name', answer: 'glossary/celac/' },
	{ locale: 'ar', query: 'مجموعة ليما', why: 'the name', answer: 'glossary/lima-group/' },
	{ locale: 'ar', query: 'مجموعه ليما', why: 'ه for ة', answer: 'glossary/lima-group/' },
	{ locale: 'ar', query: 'Lima Group', why: 'the English name', answer: 'glossary/lima-group/' },
	{ locale: 'ar', query: 'Grupo de Lima', why: 'the Spanish name', answer: 'glossary/lima-group/' },
	{
		locale: 'ar',
		query: 'اتحاد دول امريكا الجنوبيه',
		why: 'no hamza, ه for ة',
		answer: 'glossary/unasur/',
	},
	{ locale: 'ar', query: 'UNASUR', why: 'the Latin acronym', answer: 'glossary/unasur/' },
	{
		locale: 'ar',
		query: 'بيدرو كاستيلو',
		why: 'the standard spelling',
		answer: 'glossary/pedro-castillo/',
	},
	{
		locale: 'ar',
		query: 'Pedro Castillo',
		why: 'the Latin name',
		answer: 'glossary/pedro-castillo/',
	},
	{
		locale: 'ar',
		query: 'هيكتور بيخار',
		why: 'the other Arabic spelling',
		answer: 'glossary/hector-bejar/',
	},
	{
		locale: 'ar',
		query: 'منظمه الدول الامريكيه',
		why: 'no hamza, ه for ة',
		answer: 'glossary/oas/',
	},
	{ locale: 'ar', query: 'OEA', why: 'the Spanish acronym', answer: 'glossary/oas/' },
	{
		locale: 'ar',
		query: 'Castillo',
		why: 'a Latin name finds the Arabic paragraph',
		top3: 'peru-integration/#p1',
	},
	{
		locale: 'ar',
		query: 'Maduro',
		why: 'a Latin name finds the Arabic paragraph',
		top3: 'peru-integration/#p4',
	},
	{
		locale: 'ar',
		query: 'Guaidó',
		why: 'a Latin name finds the Arabic paragraph',
		top3: 'peru-integration/#p3',
	},
	{
		locale: 'ar',
		query: 'تحولا بمقدار 180 درجه',
		why: 'a phrase of the commentary, folded',
		first: 'peru-integration/#p1',
	},
	{
		locale: 'ar',
		query: 'لزعزعة استقرار الحكومة الدستورية',
		why: 'a phrase of the commentary',
		first: 'peru-integration/#p4',
	},
	{
		locale: 'ar',
		query: '600 مليون نسمة',
		why: 'a phrase with a number',
		first: 'peru-integration/#p6',
	},
	{
		locale: 'ar',
		query: 'النرويج',
		why: 'a word only a note has',
		top3: 'peru-integration/#note-begun-work',
	},
	{
		locale: 'ar',
		query: 'منطقة سلام',
		why: 'a term that is also a phrase',
		answer: 'glossary/zone-of-peace/',
	},
	// English: names, aliases, the other script, phrases, words only a note has.
	{ locale: 'en', query: 'CELAC', why: 'the term’s short name', answer: 'glossary/celac/' },
	{ locale: 'en', query: 'Lima Group', why: 'the name', answer: 'glossary/lima-group/' },
	{ locale: 'en', query: 'lima group', why: 'lower case', answer: 'glossary/lima-group/' },
	{ locale: 'en', query: 'Grupo de Lima', why: 'the Spanish name', answer: 'glossary/lima-group/' },
	{ locale: 'en', query: 'مجموعة ليما', why: 'the Arabic name', answer: 'glossary/lima-group/' },
	{ locale: 'en', query: 'Hector Bejar', why: 'without accents', answer: 'glossary/hector-bejar/' },
	{ locale: 'en', query: 'OAS', why: 'the acronym', answer: 'glossary/oas/' },
	{
		locale: 'en',
		query: 'Organization of American States',
		why: 'the full name',
		answer: 'glossary/oas/',
	},
	{ locale: 'en', query: 'Unasur', why: 'the acronym, as a word', answer: 'glossary/unasur/' },
	{
		locale: 'en',
		query: 'Zone of Peace',
		why: 'a term that is also a phrase',
		answer: 'glossary/zone-of-peace/',
	},
	{
		locale: 'en',
		query: 'كاستيو',
		why: 'an Arabic name finds the English paragraph',
		top3: 'peru-integration/#p1',
	},
	{
		locale: 'en',
		query: 'غوايدو',
		why: 'an Arabic name finds the English paragraph',
		top3: 'peru-integration/#p3',
	},
	{
		locale: 'en',
		query: '180-degree turn',
		why: 'a phrase of the commentary',
		first: 'peru-integration/#p1',
	},
	{
		locale: 'en',
		query: 'destabilise the constitutional government',
		why: 'a phrase of the commentary',
		first: 'peru-integration/#p4',
	},
	{
		locale: 'en',
		query: 'participatory and consensual',
		why: 'a phrase of the commentary',
		first: 'peru-integration/#p7',
	},
	{
		locale: 'en',
		query: 'Norwegian',
		why: 'a word only a note has',
		first: 'peru-integration/#note-begun-work',
	},
	{
		locale: 'en',
		query: 'Havana',
		why: 'a place named in a term',
		top3: 'glossary/havana-summit-2014/',
	},
	{
		locale: 'en',
		query: 'Contact Group',
		why: 'part of a term’s name',
		top3: 'glossary/international-contact-group/',
	},
];
