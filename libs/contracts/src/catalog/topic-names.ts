/** Dead-letter topic of a topic: records that could not be processed, with the reason in headers. */
export function dlqTopicOf(topic: string): string {
  return `${topic}.dlq`;
}

/** Registry subject of a topic's value schema (TopicNameStrategy). */
export function subjectOf(topic: string): string {
  return `${topic}-value`;
}
