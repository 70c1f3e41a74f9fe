import type { Split } from '../../../domain';
import { licenceUrl } from '../licence-url';
import { isoTime, sourcesSentence } from '../release-facts';
import { releaseUrls } from '../release-urls';
import type { ReleaseMetadataInput } from '../release-metadata-input';
import { croissantContext, CROISSANT_1_1, CROISSANT_RAI_1_0 } from './croissant-context';
import { croissantDistribution } from './croissant-distribution';
import { croissantRai } from './croissant-rai';
import { splitRecordSet, splitsRecordSet } from './croissant-record-sets';

const SPLIT_ORDER: readonly Split[] = ['train', 'validation', 'test'];

function recordSets(input: ReleaseMetadataInput): Record<string, unknown>[] {
  const sourceOf = (split: Split) =>
    input.files.find((f) => f.split === split && f.format === 'parquet') ?? input.files.find((f) => f.split === split && f.format === 'avro');
  const present = SPLIT_ORDER.filter((split) => sourceOf(split));
  return [splitsRecordSet(present), ...present.map((split) => splitRecordSet(split, sourceOf(split) as NonNullable<ReturnType<typeof sourceOf>>))];
}

function provenance(input: ReleaseMetadataInput): Record<string, unknown> {
  return {
    'prov:wasDerivedFrom': input.sources.map((s) => ({
      '@type': 'prov:Entity',
      'prov:label': `${s.city} ${s.topic} partition ${s.partition}, offsets [${s.startOffset}, ${s.endOffset})`,
    })),
    'prov:wasGeneratedBy': {
      '@type': 'prov:Activity',
      'prov:label': `Reproducible k-anonymous build of dataset ${input.definitionId} version ${input.version}`,
      'prov:wasAssociatedWith': { '@type': 'prov:Agent', 'prov:label': `${input.publisher.name} datasets service` },
    },
  };
}

/** The Croissant 1.1 JSON-LD description of a release, with RAI 1.0 properties and PROV-O provenance. */
export function croissantOf(input: ReleaseMetadataInput): Record<string, unknown> {
  const organisation = { '@type': 'sc:Organization', name: input.publisher.name, url: input.publisher.url };
  return {
    '@context': croissantContext(`${releaseUrls.release(input, input.releaseId)}/`),
    '@type': 'sc:Dataset',
    name: input.definitionId,
    alternateName: input.title,
    description: `${input.description} ${sourcesSentence(input)}`,
    conformsTo: [CROISSANT_1_1, CROISSANT_RAI_1_0],
    license: licenceUrl(input.usage.licence),
    url: releaseUrls.release(input, input.releaseId),
    identifier: input.releaseId,
    creator: organisation,
    publisher: organisation,
    datePublished: isoTime(input.publishedAt),
    version: input.version,
    isLiveDataset: false,
    keywords: ['urban safety', 'k-anonymity', input.purpose, input.city],
    usageInfo: { '@type': 'sc:CreativeWork', name: 'Usage terms', text: input.usage.terms },
    conditionsOfAccess: `Access rights: ${input.usage.accessRights}. Download requires an active company agreement covering this dataset and its purpose.`,
    ...(input.supersedes ? { 'dct:replaces': { '@id': releaseUrls.release(input, input.supersedes) } } : {}),
    ...(input.supersededBy ? { 'dct:isReplacedBy': { '@id': releaseUrls.release(input, input.supersededBy) } } : {}),
    ...provenance(input),
    ...croissantRai(input),
    distribution: croissantDistribution(input),
    recordSet: recordSets(input),
  };
}
