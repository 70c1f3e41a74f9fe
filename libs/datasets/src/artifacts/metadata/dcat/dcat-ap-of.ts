import { licenceUrl } from '../licence-url';
import { anonymitySentence, isoTime, sourcesSentence } from '../release-facts';
import { releaseUrls } from '../release-urls';
import type { Publisher, ReleaseMetadataInput } from '../release-metadata-input';
import { ACCESS_RIGHTS, DCAT_CONTEXT, dateTime, text } from './dcat-context';
import { dcatDistribution } from './dcat-distribution';

export interface CatalogDescription {
  readonly title: string;
  readonly description: string;
  readonly publisher: Publisher;
  readonly apiBaseUrl: string;
}

const agent = (publisher: Publisher) => ({ '@id': publisher.url, '@type': 'foaf:Agent', 'foaf:name': publisher.name });

function dataset(input: ReleaseMetadataInput): Record<string, unknown> {
  const licence = { '@id': licenceUrl(input.usage.licence), '@type': 'dct:LicenseDocument' };
  const window = input.eventTimeWindow;
  return {
    '@id': releaseUrls.release(input, input.releaseId),
    '@type': 'dcat:Dataset',
    'dct:identifier': input.releaseId,
    'dct:title': text(`${input.title} (version ${input.version})`),
    'dct:description': text(`${input.description} ${sourcesSentence(input)}`),
    'dct:issued': dateTime(isoTime(input.publishedAt)),
    'dct:publisher': agent(input.publisher),
    'dct:license': licence,
    'dct:accessRights': { '@id': ACCESS_RIGHTS[input.usage.accessRights], '@type': 'dct:RightsStatement' },
    'dcat:version': input.version,
    'dcat:keyword': [text('urban safety'), text('k-anonymity'), text(input.purpose)],
    'dcat:inSeries': { '@id': releaseUrls.series(input, input.definitionId) },
    'dct:provenance': { '@type': 'dct:ProvenanceStatement', 'rdfs:label': text(anonymitySentence(input)) },
    ...(window ? { 'dct:temporal': { '@type': 'dct:PeriodOfTime', 'dcat:startDate': dateTime(isoTime(window.from)), 'dcat:endDate': dateTime(isoTime(window.until)) } } : {}),
    ...(input.supersedes ? { 'dct:replaces': { '@id': releaseUrls.release(input, input.supersedes) } } : {}),
    ...(input.supersededBy ? { 'dct:isReplacedBy': { '@id': releaseUrls.release(input, input.supersededBy) } } : {}),
    'dcat:distribution': input.files.map((file) => dcatDistribution(input, file, licence)),
  };
}

function series(releases: readonly ReleaseMetadataInput[]): Record<string, unknown>[] {
  const byDefinition = new Map<string, ReleaseMetadataInput[]>();
  for (const release of releases) byDefinition.set(release.definitionId, [...(byDefinition.get(release.definitionId) ?? []), release]);
  return [...byDefinition.entries()].map(([definitionId, versions]) => {
    const latest = versions.reduce((a, b) => (b.publishedAt > a.publishedAt ? b : a));
    return {
      '@id': releaseUrls.series(latest, definitionId),
      '@type': 'dcat:DatasetSeries',
      'dct:identifier': definitionId,
      'dct:title': text(latest.title),
      'dct:description': text(`Every released version of dataset ${definitionId}. ${latest.description}`),
      'dct:publisher': agent(latest.publisher),
      'dct:modified': dateTime(isoTime(latest.publishedAt)),
    };
  });
}

/** A DCAT-AP 3.0 catalog: one dcat:Dataset per release, grouped into one dcat:DatasetSeries per dataset definition. */
export function dcatApOf(releases: readonly ReleaseMetadataInput[], catalog: CatalogDescription): Record<string, unknown> {
  const sorted = [...releases].sort((a, b) => a.publishedAt - b.publishedAt || (a.releaseId < b.releaseId ? -1 : 1));
  return {
    '@context': DCAT_CONTEXT,
    '@id': releaseUrls.catalog(catalog),
    '@type': 'dcat:Catalog',
    'dct:title': text(catalog.title),
    'dct:description': text(catalog.description),
    'dct:publisher': agent(catalog.publisher),
    ...(sorted.length > 0 ? { 'dct:modified': dateTime(isoTime(Math.max(...sorted.map((r) => r.publishedAt)))) } : {}),
    'dcat:dataset': [...series(sorted), ...sorted.map(dataset)],
  };
}
