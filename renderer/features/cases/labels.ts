import type { TFunction } from 'i18next';
import { foldText } from '../../../shared/cases/search';
import { TOPIC_AREAS, type TopicArea } from '../../../shared/model/case';

function isTopicArea(topic: string): topic is TopicArea {
  return (TOPIC_AREAS as readonly string[]).includes(topic);
}

/** A topic's label: the translated name of a known topic area, a user-defined topic as written. */
export function topicLabel(t: TFunction, topic: string): string {
  return isTopicArea(topic) ? t(`topics.${topic}`) : topic;
}

/**
 * The topic a user typed as their own: a known topic area when the text is its
 * label as shown (so "wohnen" picks Wohnen), otherwise the trimmed text; '' for blank input.
 */
export function customTopicOf(t: TFunction, typed: string): string {
  const text = typed.trim().replace(/\s+/g, ' ');
  const folded = foldText(text);
  return TOPIC_AREAS.find((topic) => foldText(t(`topics.${topic}`)) === folded) ?? text;
}

/** The choices for topic areas: the known ones, then those users added, without repeats. */
export function topicChoices(t: TFunction, custom: Iterable<string>): { id: string; label: string }[] {
  const seen = new Set<string>(TOPIC_AREAS);
  const extra: string[] = [];
  for (const topic of custom) {
    if (seen.has(topic)) continue;
    seen.add(topic);
    extra.push(topic);
  }
  extra.sort((a, b) => a.localeCompare(b));
  return [...TOPIC_AREAS, ...extra].map((id) => ({ id, label: topicLabel(t, id) }));
}
