import type { ReleaseMetadataInput } from './release-metadata-input';

/** Sentences about a release built only from aggregate figures; shared by the Croissant and DCAT-AP documents. */
export const percent = (rate: number): string => `${(rate * 100).toFixed(2)} %`;
export const isoTime = (epochMs: number): string => new Date(epochMs).toISOString();

// A null level means the column is not a quasi-identifier of the definition (domain Generalisation).
const NOT_QUASI = 'not a quasi-identifier, published as sourced';

export function generalisationSentence(input: ReleaseMetadataInput): string {
  const g = input.anonymity.generalisation;
  return [
    `location: ${g.h3Resolution === null ? NOT_QUASI : `H3 cells at resolution ${g.h3Resolution} or coarser`}`,
    `time: ${g.timeBucketMinutes === null ? NOT_QUASI : `time buckets of ${g.timeBucketMinutes} minutes`}`,
    `age: ${g.ageBandWidth === null ? NOT_QUASI : `age bands ${g.ageBandWidth} years wide`}`,
    `district: ${g.districtKept ? 'kept' : 'removed'}`,
  ].join('; ');
}

export function anonymitySentence(input: ReleaseMetadataInput): string {
  const a = input.anonymity;
  return (
    `k-anonymity over [${a.targets.quasiIdentifiers.join(', ')}] with l-diversity of ${a.targets.sensitiveColumn}: ` +
    `achieved k = ${a.k} and l = ${a.l} (targets k >= ${a.targets.k}, l >= ${a.targets.l}); ` +
    `${a.suppressed} of ${a.input} rows suppressed (${percent(a.suppressionRate)}, at most ${percent(a.targets.maxSuppression)} allowed); ` +
    `information loss ${a.informationLoss.toFixed(4)}; generalisation: ${generalisationSentence(input)}.`
  );
}

/** The event partitions of the snapshot: every source partition that is not a label topic. */
export function eventPartitions(input: ReleaseMetadataInput): ReleaseMetadataInput['sources'] {
  const labelTopics = new Set(input.labels.topics);
  return input.sources.filter((s) => !labelTopics.has(s.topic));
}

export function sourcesSentence(input: ReleaseMetadataInput): string {
  const events = eventPartitions(input);
  const cities = [...new Set(events.map((s) => s.city))].sort();
  const topics = [...new Set(events.map((s) => s.topic))].sort();
  return (
    `Built from ${events.length} partitions of ${topics.join(', ') || 'no topic'} (${cities.join(', ') || 'no city'}) read at fixed snapshot offsets listed in manifest.json: ` +
    `${input.anonymity.input} anonymised safety events matched the definition, ${input.anonymity.released} were released.`
  );
}

export function maintenanceSentences(input: ReleaseMetadataInput): string[] {
  return [
    'Releases are immutable and versioned: every file carries a SHA-256, a new version is a new release with its own identifier.',
    'When a data subject revokes (or lets expire) consent to AI training or validation, every release holding a row of theirs is withdrawn and superseded, within 60 seconds, by a version built on the same snapshot without those rows; a withdrawn release answers 410 Gone with a link to its successor.',
    'The source city publishes a retraction notice listing only the affected event ids (random UUIDs); partners that built releases holding those events withdraw and supersede them too, and later builds exclude them.',
    ...(input.supersedes ? [`This release supersedes release ${input.supersedes}.`] : []),
    ...(input.supersededBy ? [`This release is superseded by release ${input.supersededBy}; use that one.`] : []),
    ...(input.withdrawnAt !== null ? [`This release was withdrawn at ${isoTime(input.withdrawnAt)}.`] : []),
  ];
}
