// Property IRIs of DCAT 3, Dublin Core, FOAF, SPDX, ADMS and RDFS that DCAT-AP 3.0 profiles and these documents use.
const DCAT = 'http://www.w3.org/ns/dcat#';
const DCT = 'http://purl.org/dc/terms/';

export const KNOWN_DCAT_PROPERTY_IRIS: ReadonlySet<string> = new Set([
  ...['dataset', 'distribution', 'accessURL', 'downloadURL', 'mediaType', 'byteSize', 'keyword', 'version', 'inSeries', 'startDate', 'endDate'].map((t) => DCAT + t),
  ...['title', 'description', 'publisher', 'issued', 'modified', 'identifier', 'license', 'accessRights', 'rights', 'format', 'conformsTo', 'temporal', 'provenance', 'replaces', 'isReplacedBy'].map((t) => DCT + t),
  'http://xmlns.com/foaf/0.1/name',
  'http://spdx.org/rdf/terms#checksum',
  'http://spdx.org/rdf/terms#algorithm',
  'http://spdx.org/rdf/terms#checksumValue',
  'http://www.w3.org/ns/adms#status',
  'http://www.w3.org/2000/01/rdf-schema#label',
]);
