import type { SourcePosition } from './source-event';

// Offsets are decimal strings (Kafka int64); the shorter one is smaller, equal lengths compare as text.
function compareOffsets(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Total order of positions: city, topic, partition, offset. */
export function comparePositions(a: SourcePosition, b: SourcePosition): number {
  return compareText(a.city, b.city) || compareText(a.topic, b.topic) || a.partition - b.partition || compareOffsets(a.offset, b.offset);
}
