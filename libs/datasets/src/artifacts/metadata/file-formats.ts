import type { ReleaseFileFormat } from '../release-files';

const IANA = 'http://www.iana.org/assignments/media-types/';

/**
 * How each file format is named. `encodingFormat` is what Croissant tools match on (mlcroissant reads
 * application/x-parquet); `ianaMediaType` only where IANA registered one, else `formatUrl` names the spec.
 */
export const FILE_FORMATS: Record<ReleaseFileFormat, { readonly encodingFormat: string; readonly ianaMediaType: string | null; readonly formatUrl: string; readonly label: string }> = {
  parquet: { encodingFormat: 'application/x-parquet', ianaMediaType: `${IANA}application/vnd.apache.parquet`, formatUrl: 'https://parquet.apache.org/docs/file-format/', label: 'Apache Parquet' },
  avro: { encodingFormat: 'https://avro.apache.org/docs/1.12.0/specification/#object-container-files', ianaMediaType: null, formatUrl: 'https://avro.apache.org/docs/1.12.0/specification/#object-container-files', label: 'Apache Avro object container file' },
  lineage: { encodingFormat: 'application/jsonlines', ianaMediaType: null, formatUrl: 'https://jsonlines.org/', label: 'JSON Lines row lineage' },
  manifest: { encodingFormat: 'application/json', ianaMediaType: `${IANA}application/json`, formatUrl: 'https://www.rfc-editor.org/rfc/rfc8259', label: 'JSON release manifest' },
  croissant: { encodingFormat: 'application/ld+json', ianaMediaType: `${IANA}application/ld+json`, formatUrl: 'http://mlcommons.org/croissant/1.1', label: 'Croissant 1.1 metadata' },
  dcat: { encodingFormat: 'application/ld+json', ianaMediaType: `${IANA}application/ld+json`, formatUrl: 'https://semiceu.github.io/DCAT-AP/releases/3.0.0/', label: 'DCAT-AP 3.0 metadata' },
};
