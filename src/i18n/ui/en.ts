/**
 * English interface strings. Flat dotted keys; `{{name}}` placeholders are filled by `t()`.
 * This file defines the key set: every other dictionary must have exactly these keys.
 */
export default {
	'site.name': 'Close Reading',
	'site.tagline': 'One news commentary, read line by line, in Arabic and English',
	'skip.toContent': 'Skip to the article',
	'language.switchLabel': 'Language',
	'article.label': 'Annotated commentary',
	'article.kind': 'Opinion',
	'article.provenance': 'About this text',
	'article.publisher': 'Published by',
	'article.section': 'Section',
	'article.published': 'Published',
	'article.approximate': 'approximate: the original page shows no date; inferred from its archive number and content',
	'article.original': 'Original page',
	'article.titleInferred': 'The headline is taken from the address of the original page.',
	'article.verbatim': 'The Arabic text is reproduced exactly as published, including its spelling and punctuation.',
	'article.translated': 'English translation by Close Reading.',
	'article.body': 'The commentary',
	'paragraph.link': 'Link to paragraph {{n}}',
	'footer.note': 'An independent, annotated reading. Analysis and translation are ours; the commentary belongs to its publisher.',
	'home.title': 'Close Reading: Peru’s 2021 foreign-policy turn',
	'home.choose': 'Choose a language',
	'home.description': 'An Arabic news commentary on Peru’s 2021 foreign-policy turn, with an English translation.',
} as const;
