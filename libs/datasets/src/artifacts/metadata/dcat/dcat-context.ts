/** Prefixes of the vocabularies DCAT-AP 3.0 uses; inlined so no reader has to fetch a context. */
export const DCAT_CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  spdx: 'http://spdx.org/rdf/terms#',
  adms: 'http://www.w3.org/ns/adms#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

/** EU access-right authority table entries for the definition's access rights. */
export const ACCESS_RIGHTS = {
  restricted: 'http://publications.europa.eu/resource/authority/access-right/RESTRICTED',
  'non-public': 'http://publications.europa.eu/resource/authority/access-right/NON_PUBLIC',
} as const;

/** EU distribution-status authority table: completed while published, withdrawn afterwards. */
export const DISTRIBUTION_STATUS = {
  completed: 'http://publications.europa.eu/resource/authority/distribution-status/COMPLETED',
  withdrawn: 'http://publications.europa.eu/resource/authority/distribution-status/WITHDRAWN',
} as const;

export const text = (value: string) => ({ '@value': value, '@language': 'en' });
export const dateTime = (iso: string) => ({ '@value': iso, '@type': 'xsd:dateTime' });
