import type { CatalogDescription, ReleaseMetadataInput } from '../../artifacts';
import { croissantOf, dcatApOf } from '../../artifacts';
import type { ReleaseRecord } from '../../application/release-record';

/** How a release's labels were chosen (ADR 0015): the annotation protocol the metadata states. */
const labelJoinRule = 'per event, the latest label of the most trusted labeller kind (human over model over rule); ties by label id';

/** Who publishes a city's releases. */
export const publisherOf = (city: string, apiBaseUrl: string) => ({ name: `Urban Safety Mesh node of ${city}`, url: apiBaseUrl.replace(/\/v1$/, '') });

/** The metadata documents' view of a published release. */
export function metadataInputOf(record: ReleaseRecord, apiBaseUrl: string): ReleaseMetadataInput {
  const anonymity = record.anonymity;
  const provenance = record.provenance;
  if (!anonymity || !provenance || record.publishedAt === null) throw new Error(`release ${record.releaseId} has no build figures to describe`);
  const labelled = provenance.labelledRows;
  return {
    releaseId: record.releaseId,
    definitionId: record.definitionId,
    title: record.title,
    description: `${record.title}: anonymised urban-safety events of ${[...new Set(record.sources.map((s) => s.city))].sort().join(', ')} for ${record.purpose === 'aiTraining' ? 'training' : 'validating'} AI.`,
    version: record.version,
    purpose: record.purpose as ReleaseMetadataInput['purpose'],
    city: record.city,
    publisher: publisherOf(record.city, apiBaseUrl),
    files: record.files,
    anonymity: { ...anonymity, generalisation: anonymity.generalisation as unknown as ReleaseMetadataInput['anonymity']['generalisation'], targets: record.targets },
    sources: record.sourceRanges,
    eventTimeWindow: anonymity.released > 0 ? { from: provenance.windowStart, until: provenance.windowEnd } : null,
    labels: {
      topics: record.sources.filter((s) => s.kind === 'labels').map((s) => s.source),
      joinRule: labelJoinRule,
      labelledRows: labelled,
      unlabelledRows: anonymity.released - labelled.human - labelled.model - labelled.rule,
      guidelineVersions: provenance.labelGuidelineVersions,
    },
    usage: record.usage,
    publishedAt: record.publishedAt,
    withdrawnAt: record.withdrawnAt,
    supersedes: record.supersedes,
    supersededBy: record.supersededBy,
    apiBaseUrl,
  };
}

/** Croissant 1.1 and DCAT-AP 3.0 (a catalog of this release alone) of a published release. */
export function metadataDocumentsOf(record: ReleaseRecord, apiBaseUrl: string): { croissant: object; dcat: object } {
  const input = metadataInputOf(record, apiBaseUrl);
  return { croissant: croissantOf(input), dcat: dcatApOf([input], catalogDescriptionOf(record.city, apiBaseUrl)) };
}

export function catalogDescriptionOf(city: string, apiBaseUrl: string): CatalogDescription {
  return {
    title: `Dataset releases of ${city}`,
    description: `k-anonymous, l-diverse releases of anonymised urban-safety events built by the ${city} node of the Urban Safety Mesh, for training and validating AI.`,
    publisher: publisherOf(city, apiBaseUrl),
    apiBaseUrl,
  };
}
