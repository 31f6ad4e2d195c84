import type { APIRoute, GetStaticPaths } from 'astro';
import { localeCodes } from '../../../i18n/config';
import type { PreviewCard } from '../../../og/card';
import { loadPreviewCards } from '../../../og/content-cards';
import { cachedPreviewImage } from '../../../og/preview-cache';
import { previewImageName } from '../../../routing/urls';

/**
 * The link-preview images, drawn at build time: `/<lang>/og/publication.png`,
 * `/<lang>/og/<article>/article.png`, `/<lang>/og/<article>/p/<n>.png`, `/<lang>/og/n/<note>.png`,
 * `/<lang>/og/glossary/<term>.png` (see routing/urls.ts). A card drawn by an earlier build with
 * the same text, fonts and renderer comes from the cache (og/preview-cache.ts).
 */
export const getStaticPaths = (async () => {
	const perLocale = await Promise.all(
		localeCodes.map(async (lang) =>
			(await loadPreviewCards(lang)).map(({ ref, card }) => ({
				params: { lang, card: previewImageName(ref) },
				props: { card },
			})),
		),
	);
	return perLocale.flat();
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: PreviewCard }> = async ({ props }) =>
	new Response(new Uint8Array(await cachedPreviewImage(props.card)), {
		headers: { 'Content-Type': 'image/png' },
	});
