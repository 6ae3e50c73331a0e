import type { TFunction } from 'i18next';
import { TOPIC_AREAS, type TopicArea } from '../../../shared/model/case';

function isTopicArea(topic: string): topic is TopicArea {
  return (TOPIC_AREAS as readonly string[]).includes(topic);
}

/** A topic's label: the translated name of a known topic area, a user-defined topic as written. */
export function topicLabel(t: TFunction, topic: string): string {
  return isTopicArea(topic) ? t(`topics.${topic}`) : topic;
}
