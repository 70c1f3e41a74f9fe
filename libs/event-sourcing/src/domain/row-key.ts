/** A stable text form of a primary key (property order does not matter), for grouping rows in memory. */
export function rowKeyText(key: object): string {
  return JSON.stringify(Object.entries(key).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** `topic:partition`, the key of stored offsets. */
export function partitionKey(topic: string, partition: number): string {
  return `${topic}:${partition}`;
}
