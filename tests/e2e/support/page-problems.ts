import type { ConsoleMessage, Page, Request, Response } from '@playwright/test';

/** What a page did wrong while it loaded, and a way to wait until it has stopped loading. */
export interface PageWatch {
	/** Console errors, script errors, failed requests, HTTP errors and requests to other origins. */
	problems: string[];
	/**
	 * Resolves once every request the page has made so far has finished or failed. Unlike
	 * Playwright's `networkidle`, which waits for half a second of silence on every page, this
	 * waits for exactly the requests there are.
	 */
	settled(): Promise<void>;
	/** Stops watching (for a page that goes on to other tests). */
	stop(): void;
}

/** Starts watching a page; call before `page.goto`. */
export function watchPage(page: Page, origin: string): PageWatch {
	const problems: string[] = [];
	const pending = new Set<Request>();
	let wake: (() => void) | undefined;
	const done = (request: Request) => {
		pending.delete(request);
		if (pending.size === 0) wake?.();
	};
	const onRequest = (request: Request) => {
		if (/^https?:/.test(request.url()) && new URL(request.url()).origin !== origin)
			problems.push(`request to another origin: ${request.url()}`);
		pending.add(request);
	};
	const onFailed = (request: Request) => {
		problems.push(`${request.url()} ${request.failure()?.errorText}`);
		done(request);
	};
	const onConsole = (message: ConsoleMessage) => {
		if (message.type() === 'error') problems.push(message.text());
	};
	const onError = (error: Error) => problems.push(error.message);
	const onResponse = (response: Response) => {
		if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
	};
	page.on('request', onRequest);
	page.on('requestfinished', done);
	page.on('requestfailed', onFailed);
	page.on('console', onConsole);
	page.on('pageerror', onError);
	page.on('response', onResponse);
	return {
		stop() {
			page.off('request', onRequest);
			page.off('requestfinished', done);
			page.off('requestfailed', onFailed);
			page.off('console', onConsole);
			page.off('pageerror', onError);
			page.off('response', onResponse);
		},
		problems,
		settled: () =>
			pending.size === 0
				? Promise.resolve()
				: new Promise<void>((resolve) => {
						wake = resolve;
					}),
	};
}
