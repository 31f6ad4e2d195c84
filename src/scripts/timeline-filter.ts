/** The query parameter that carries the chosen topic: `/en/timeline/?topic=celac`. */
export const topicParameter = 'topic';

/**
 * Shows only the events of one topic (or all, with none): `<html data-topic>` says which, and a
 * stylesheet made for that topic hides the other events and the years left empty, and dims their
 * marks on the time axis; an event the address targets always shows. The topics are content
 * (content/topics.yaml), so no stylesheet of the site names them: the rule is made here, from the
 * topic's id, and adopted by the document (the policy's hashes govern `<style>` elements, not
 * rules added this way). Self-contained, as its source is inlined.
 */
export function showTopic(topic: string | undefined): void {
	const root = document.documentElement;
	if (!topic) {
		delete root.dataset['topic'];
		document.adoptedStyleSheets = [];
		return;
	}
	root.dataset['topic'] = topic;
	const inTopic = `[data-topics~="${topic}"]`;
	const sheet = new CSSStyleSheet();
	sheet.replaceSync(
		`.timeline-event:not(${inTopic}, :target), .timeline-year:not(:has(${inTopic}, :target)) { display: none; }` +
			` .axis-marks a:not(${inTopic}) { opacity: 0.2; }`,
	);
	document.adoptedStyleSheets = [sheet];
}

/**
 * Applies `?topic=` when it names one of `topics`. Inlined into the timeline page's `<head>`, so
 * the filtered view is the first one painted: nothing shifts. Self-contained, as its source is
 * inlined.
 */
export function applyTopicFromAddress(
	parameter: string,
	topics: readonly string[],
	show: (topic: string) => void,
): void {
	const topic = new URLSearchParams(location.search).get(parameter);
	if (topic && topics.includes(topic)) show(topic);
}

/** The inline script for the timeline page's `<head>`: `applyTopicFromAddress` with these topics. */
export function topicFilterScript(topics: readonly string[]): string {
	return `(${applyTopicFromAddress.toString()})(${JSON.stringify(topicParameter)},${JSON.stringify(topics)},${showTopic.toString()});`;
}

/**
 * The topic filter's controls: keeps the radios, the filter (`showTopic`) and the address in step,
 * without adding history entries, and says in a live region how many events are shown.
 */
export function enhanceTopicFilter(): void {
	const filter = document.querySelector<HTMLElement>('[data-topic-filter]');
	if (!filter) return;
	const events = [...document.querySelectorAll<HTMLElement>('.timeline-event')];
	const status = filter.querySelector<HTMLElement>('[role="status"]')!;
	const radios = [...filter.querySelectorAll<HTMLInputElement>('input[name="topic"]')];
	// The topics are the filter's own options (one per topic of content/topics.yaml).
	const isTopic = (value: unknown): value is string =>
		typeof value === 'string' && value !== '' && radios.some((radio) => radio.value === value);

	const showCount = () => {
		const shown = events.filter((event) => getComputedStyle(event).display !== 'none').length;
		status.textContent = status.dataset['template']!.replace('{{shown}}', String(shown));
	};

	filter.addEventListener('change', () => {
		const value = radios.find((radio) => radio.checked)?.value;
		const topic = isTopic(value) ? value : undefined;
		showTopic(topic);
		const url = new URL(location.href);
		if (topic) url.searchParams.set(topicParameter, topic);
		else url.searchParams.delete(topicParameter);
		history.replaceState(history.state, '', url);
		showCount();
	});
	addEventListener('hashchange', showCount);
	// The browser marks the #fragment's event as :target only once it has scrolled to it.
	addEventListener('load', showCount);

	const current = document.documentElement.dataset['topic'];
	for (const radio of radios) radio.checked = radio.value === (isTopic(current) ? current : '');
	showCount();
}
