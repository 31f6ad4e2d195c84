import type { UiDictionary } from './types';

/** Arabic interface strings: the same keys as `en.ts`, checked by the type below and by a unit test. */
export default {
	'site.name': 'قراءة متأنية',
	'site.tagline': 'تعليق إخباري واحد، مقروء سطرًا سطرًا، بالعربية والإنجليزية',
	'skip.toContent': 'انتقل إلى المقال',
	'language.switchLabel': 'اللغة',
	'article.label': 'تعليق مشروح',
	'article.kind': 'رأي',
	'article.provenance': 'عن هذا النص',
	'article.publisher': 'الناشر',
	'article.section': 'القسم',
	'article.published': 'تاريخ النشر',
	'article.approximate': 'تقريبي: الصفحة الأصلية لا تذكر تاريخًا، وقد استنتجناه من رقمها في الأرشيف ومن مضمونها',
	'article.original': 'الصفحة الأصلية',
	'article.titleInferred': 'العنوان مأخوذ من رابط الصفحة الأصلية.',
	'article.verbatim': 'النص العربي منشور كما ورد حرفيًا، بإملائه وعلامات ترقيمه.',
	'article.translated': 'الترجمة الإنجليزية من إعداد «قراءة متأنية».',
	'article.body': 'نص التعليق',
	'paragraph.link': 'رابط الفقرة {{n}}',
	'footer.note': 'قراءة مستقلة مشروحة. التحليل والترجمة من عملنا، أما التعليق فملك ناشره.',
	'home.title': 'قراءة متأنية: منعطف السياسة الخارجية البيروفية عام 2021',
	'home.choose': 'اختر اللغة',
	'home.description': 'تعليق إخباري عربي عن منعطف السياسة الخارجية في بيرو عام 2021، مع ترجمة إنجليزية.',
} satisfies UiDictionary;
