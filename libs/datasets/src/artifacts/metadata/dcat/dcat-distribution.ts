import { FILE_FORMATS } from '../file-formats';
import { releaseUrls } from '../release-urls';
import type { ReleaseMetadataInput } from '../release-metadata-input';
import type { ReleaseFile } from '../../../domain';
import { releaseFileFormatOf } from '../../release-files';
import { DISTRIBUTION_STATUS, text } from './dcat-context';

function description(file: ReleaseFile): string {
  const label = FILE_FORMATS[releaseFileFormatOf(file.format)].label;
  return file.split ? `${label}, ${file.split} split, ${file.recordCount} rows.` : `${label}.`;
}

/** A dcat:Distribution for one release file, with its SPDX SHA-256 checksum and byte size. */
export function dcatDistribution(input: ReleaseMetadataInput, file: ReleaseFile, licence: Record<string, unknown>): Record<string, unknown> {
  const url = releaseUrls.file(input, input.releaseId, file.path);
  const format = FILE_FORMATS[releaseFileFormatOf(file.format)];
  return {
    '@id': url,
    '@type': 'dcat:Distribution',
    'dct:title': text(file.path),
    'dct:description': text(description(file)),
    'dcat:accessURL': { '@id': url },
    'dcat:downloadURL': { '@id': url },
    ...(format.ianaMediaType ? { 'dcat:mediaType': { '@id': format.ianaMediaType, '@type': 'dct:MediaType' } } : {}),
    'dct:format': { '@id': format.formatUrl, '@type': 'dct:MediaTypeOrExtent' },
    ...(file.format === 'croissant' ? { 'dct:conformsTo': { '@id': format.formatUrl, '@type': 'dct:Standard' } } : {}),
    'dcat:byteSize': { '@value': String(file.sizeBytes), '@type': 'xsd:nonNegativeInteger' },
    'spdx:checksum': {
      '@type': 'spdx:Checksum',
      'spdx:algorithm': { '@id': 'spdx:checksumAlgorithm_sha256' },
      'spdx:checksumValue': { '@value': file.sha256, '@type': 'xsd:hexBinary' },
    },
    'dct:license': licence,
    'dct:rights': { '@type': 'dct:RightsStatement', 'rdfs:label': text(input.usage.terms) },
    'adms:status': { '@id': input.withdrawnAt === null ? DISTRIBUTION_STATUS.completed : DISTRIBUTION_STATUS.withdrawn },
  };
}
