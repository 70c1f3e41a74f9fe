import { alertCategories, alertSeverities, alertSubCategories, topicCatalog } from '@usm/contracts';
import { latLngToCell } from 'h3-js';
import type { LabellerKind, SourceEvent, SourceLabel } from '../domain/rows/source-event';

/** Deterministic pseudo-random numbers (mulberry32), so synthetic data is the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticOptions {
  readonly count: number;
  readonly seed?: number;
  readonly city?: string;
  readonly topic?: string;
  readonly cells?: number;
  readonly days?: number;
  readonly labelShare?: number;
}

const hex = (random: () => number, digits: number) => Array.from({ length: digits }, () => Math.floor(random() * 16).toString(16)).join('');
const uuidOf = (random: () => number) => `${hex(random, 8)}-${hex(random, 4)}-4${hex(random, 3)}-a${hex(random, 3)}-${hex(random, 12)}`;
const ageBands = ['0-9', '10-19', '20-29', '30-39', '40-49', '50-59', '60-69', '70-79', '80+'];
const pick = <T>(random: () => number, values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;

/** Anonymised events of one city around Incheon: skewed over a pool of res-9 cells, 15-minute buckets, bands and districts. */
export function syntheticEvents(options: SyntheticOptions): SourceEvent[] {
  const random = seededRandom(options.seed ?? 1);
  const city = options.city ?? 'incheon';
  const topic = options.topic ?? topicCatalog.safetyEventsAnonymised.name;
  const pool = Array.from({ length: options.cells ?? 2000 }, () => latLngToCell(37.35 + random() * 0.25, 126.55 + random() * 0.2, 9));
  const start = Date.UTC(2026, 8, 1);
  const buckets = (options.days ?? 90) * 96;
  return Array.from({ length: options.count }, (_, i) => {
    const category = pick(random, alertCategories.slice(0, 3));
    return {
      position: { city, topic, partition: i % 3, offset: String(Math.floor(i / 3)) },
      eventId: uuidOf(random),
      city,
      sourceKind: 'cctvAnalytics',
      category,
      subCategory: pick(random, alertSubCategories[category].slice(0, 4)),
      severity: pick(random, alertSeverities),
      occurredAtBucketStart: start + Math.floor(random() * buckets) * 15 * 60_000,
      bucketWidthMinutes: 15,
      h3Cell: pool[Math.floor(random() ** 2 * pool.length)] as string,
      h3Resolution: 9,
      district: random() < 0.1 ? null : `district-${Math.floor(random() * 10)}`,
      ageBand: random() < 0.3 ? null : pick(random, ageBands),
      reporterPseudonym: random() < 0.5 ? `hmac-sha256:k1:${hex(random, 16)}` : null,
      policyVersion: '2026-11-21.1',
    };
  });
}

/** Labels on a share of the events, mixing labeller kinds and several labels per event. */
export function syntheticLabels(events: readonly SourceEvent[], options: { seed?: number; share?: number; topic?: string } = {}): SourceLabel[] {
  const random = seededRandom(options.seed ?? 2);
  const topic = options.topic ?? topicCatalog.safetyLabels.name;
  const kinds: LabellerKind[] = ['human', 'model', 'rule'];
  return events.flatMap((event, i) =>
    random() < (options.share ?? 0.3)
      ? Array.from({ length: 1 + Math.floor(random() * 3) }, (_, n) => ({
          position: { city: event.city, topic, partition: i % 3, offset: String(i * 3 + n) },
          labelId: uuidOf(random),
          eventId: event.eventId,
          label: pick(random, ['confirmedIncident', 'falseAlarm', 'duplicate']),
          confidence: Math.round(random() * 100) / 100,
          labellerKind: pick(random, kinds),
          labelledAt: event.occurredAtBucketStart + Math.floor(random() * 10) * 60_000,
          guidelineVersion: 'g-1',
        }))
      : [],
  );
}
