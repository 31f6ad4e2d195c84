import type { APIRoute } from 'astro';
import { collectSearchRecords } from '../search/collect-records';

/**
 * The search records of every language, for the search-index integration (search/integration.ts),
 * which indexes them once the build is done and then deletes this file: it is a hand-over inside
 * the build, not part of the site.
 */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify(await collectSearchRecords()), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
