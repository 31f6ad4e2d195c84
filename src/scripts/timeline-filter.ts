import type { TimelineTopic } from '../schemas/vocabulary';

/** The query parameter that carries the chosen topic: `/en/timeline/?topic=celac`. */
export const topicParameter = 'topic';

/**
 * Filters the timeline by topic. Reads the topic from the address, shows only the events that
 * carry it (and the years that still have one), writes the choice back into the address without
 * adding a history entry, and says in a live region how many events are shown. An event named by
 * the address's #fragment is never hidden: a shared event link wins over a stale filter.
 */
export function enhanceTopicFilter(): void {
	const filter = document.querySelector<HTMLElement>('[data-topic-filter]');
	if (!filter) return;
	const events = [...document.querySelectorAll<HTMLElement>('.timeline-event')];
	const years = [...document.querySelectorAll<HTMLElement>('.timeline-year')];
	const status = filter.querySelector<HTMLElement>('[role="status"]')!;
	const radios = [...filter.querySelectorAll<HTMLInputElement>('input[name="topic"]')];
	// The topics are the filter's own options (one per topic of the vocabulary, see TopicFilter.astro).
	const isTopic = (value: unknown): value is TimelineTopic => typeof value === 'string' && value !== '' && radios.some((radio) => radio.value === value);

	const apply = (topic: TimelineTopic | undefined) => {
		for (const event of events) event.hidden = topic !== undefined && !topicsOf(event).includes(topic);
		for (const year of years) year.hidden = year.querySelector('.timeline-event:not([hidden])') === null;
		for (const radio of radios) radio.checked = radio.value === (topic ?? '');
		const shown = events.filter((event) => !event.hidden).length;
		status.textContent = status.dataset['template']!.replace('{{shown}}', String(shown));
	};

	/** A reader's choice: applied, and kept in the address for sharing. */
	const choose = (topic: TimelineTopic | undefined) => {
		const url = new URL(location.href);
		if (topic) url.searchParams.set(topicParameter, topic);
		else url.searchParams.delete(topicParameter);
		history.replaceState(history.state, '', url);
		apply(topic);
	};

	filter.addEventListener('change', () => {
		const value = radios.find((radio) => radio.checked)?.value;
		choose(isTopic(value) ? value : undefined);
	});
	addEventListener('hashchange', () => {
		if (targetedEvent()?.hidden) choose(undefined);
	});

	const requested = new URLSearchParams(location.search).get(topicParameter);
	const target = targetedEvent();
	if (isTopic(requested) && target && !topicsOf(target).includes(requested)) choose(undefined);
	else apply(isTopic(requested) ? requested : undefined);
	filter.hidden = false;
}

function topicsOf(event: HTMLElement): string[] {
	return (event.dataset['topics'] ?? '').split(' ');
}

/** The timeline event the address's #fragment names, if any. */
function targetedEvent(): HTMLElement | undefined {
	if (!location.hash) return undefined;
	const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
	return target?.classList.contains('timeline-event') ? target : undefined;
}
