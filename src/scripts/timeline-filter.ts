import type { TimelineTopic } from '../schemas/vocabulary';

/** The query parameter that carries the chosen topic: `/en/timeline/?topic=celac`. */
export const topicParameter = 'topic';

/**
 * Copies `?topic=` onto `<html data-topic>`. Inlined into the timeline page's `<head>`,
 * so the filtered view is the first one painted (timeline.css does the hiding): nothing shifts.
 * Self-contained, as its source is inlined.
 */
export function applyTopicFromAddress(parameter: string, topics: readonly string[]): void {
	const topic = new URLSearchParams(location.search).get(parameter);
	if (topic && topics.includes(topic)) document.documentElement.dataset['topic'] = topic;
}

/** The inline script for the timeline page's `<head>`: `applyTopicFromAddress` with these topics. */
export function topicFilterScript(topics: readonly TimelineTopic[]): string {
	return `(${applyTopicFromAddress.toString()})(${JSON.stringify(topicParameter)},${JSON.stringify(topics)});`;
}

/**
 * The topic filter's controls. The filtering itself is CSS on `<html data-topic>` (set before the
 * first paint by `applyTopicFromAddress`); this keeps the radios, the attribute and the address
 * in step, without adding history entries, and says in a live region how many events are shown.
 * An event named by the #fragment always shows, whatever the filter (timeline.css, `:target`).
 */
export function enhanceTopicFilter(): void {
	const filter = document.querySelector<HTMLElement>('[data-topic-filter]');
	if (!filter) return;
	const root = document.documentElement;
	const events = [...document.querySelectorAll<HTMLElement>('.timeline-event')];
	const status = filter.querySelector<HTMLElement>('[role="status"]')!;
	const radios = [...filter.querySelectorAll<HTMLInputElement>('input[name="topic"]')];
	// The topics are the filter's own options (one per topic of the vocabulary, see TopicFilter.astro).
	const isTopic = (value: unknown): value is TimelineTopic =>
		typeof value === 'string' && value !== '' && radios.some((radio) => radio.value === value);

	const showCount = () => {
		const shown = events.filter((event) => getComputedStyle(event).display !== 'none').length;
		status.textContent = status.dataset['template']!.replace('{{shown}}', String(shown));
	};

	filter.addEventListener('change', () => {
		const value = radios.find((radio) => radio.checked)?.value;
		const topic = isTopic(value) ? value : undefined;
		const url = new URL(location.href);
		if (topic) {
			root.dataset['topic'] = topic;
			url.searchParams.set(topicParameter, topic);
		} else {
			delete root.dataset['topic'];
			url.searchParams.delete(topicParameter);
		}
		history.replaceState(history.state, '', url);
		showCount();
	});
	addEventListener('hashchange', showCount);
	// The browser marks the #fragment's event as :target only once it has scrolled to it.
	addEventListener('load', showCount);

	const current = root.dataset['topic'];
	for (const radio of radios) radio.checked = radio.value === (isTopic(current) ? current : '');
	showCount();
}
