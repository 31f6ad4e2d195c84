/// <reference types="astro/client" />

declare namespace App {
	interface Locals {
		/** The page's language and what depends on it, set by `src/middleware.ts` from the route. */
		route: import('./routing/route-context').RouteContext;
	}
}
