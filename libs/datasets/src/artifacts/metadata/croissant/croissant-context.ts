/** Croissant 1.1 specification and RAI 1.0 vocabulary IRIs a release declares conformance to. */
export const CROISSANT_1_1 = 'http://mlcommons.org/croissant/1.1';
export const CROISSANT_RAI_1_0 = 'http://mlcommons.org/croissant/RAI/1.0';

/**
 * The JSON-LD context recommended by Croissant 1.1 (Appendix 1), inlined so no reader has to fetch it,
 * plus the PROV-O prefix its provenance section uses and `@base` so file and field ids are absolute.
 */
export function croissantContext(base: string): Record<string, unknown> {
  return {
    '@base': base,
    '@language': 'en',
    '@vocab': 'http://schema.org/',
    sc: 'http://schema.org/',
    cr: 'http://mlcommons.org/croissant/',
    rai: 'http://mlcommons.org/croissant/RAI/',
    dct: 'http://purl.org/dc/terms/',
    prov: 'http://www.w3.org/ns/prov#',
    annotation: 'cr:annotation',
    arrayShape: 'cr:arrayShape',
    citeAs: 'cr:citeAs',
    column: 'cr:column',
    conformsTo: 'dct:conformsTo',
    containedIn: 'cr:containedIn',
    data: { '@id': 'cr:data', '@type': '@json' },
    dataType: { '@id': 'cr:dataType', '@type': '@vocab' },
    equivalentProperty: 'cr:equivalentProperty',
    examples: { '@id': 'cr:examples', '@type': '@json' },
    excludes: 'cr:excludes',
    extract: 'cr:extract',
    field: 'cr:field',
    fileProperty: 'cr:fileProperty',
    fileObject: 'cr:fileObject',
    fileSet: 'cr:fileSet',
    format: 'cr:format',
    includes: 'cr:includes',
    isArray: 'cr:isArray',
    isLiveDataset: 'cr:isLiveDataset',
    jsonPath: 'cr:jsonPath',
    key: 'cr:key',
    md5: 'cr:md5',
    parentField: 'cr:parentField',
    recordSet: 'cr:recordSet',
    references: 'cr:references',
    regex: 'cr:regex',
    readLines: 'cr:readLines',
    sdVersion: 'cr:sdVersion',
    separator: 'cr:separator',
    source: 'cr:source',
    subField: 'cr:subField',
    transform: 'cr:transform',
    unArchive: 'cr:unArchive',
    value: 'cr:value',
  };
}
