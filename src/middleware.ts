import { defineMiddleware } from 'astro:middleware';
import { routeContext } from './routing/route-context';

/**
 * The one place a request becomes its route context: every page reads `Astro.locals.route`
 * (locale, `lang`, `dir`, translator) instead of parsing `Astro.params.lang` itself. Runs at build
 * time for every page, as the site is static.
 */
export const onRequest = defineMiddleware((context, next) => {
	context.locals.route = routeContext(context.params['lang']);
	return next();
});
