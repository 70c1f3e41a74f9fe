// Property IRIs defined by the vocabularies a Croissant 1.1 document may use here: the Croissant and RAI
// vocabularies (docs/croissant.ttl, docs/croissant_rai.ttl of mlcommons/croissant), the schema.org properties
// the 1.1 specification lists for datasets and FileObjects, and the PROV-O and Dublin Core terms used.
const CR = 'http://mlcommons.org/croissant/';
const RAI = 'http://mlcommons.org/croissant/RAI/';
const SC = 'http://schema.org/';

const croissant = ['isLiveDataset', 'citeAs', 'sdVersion', 'containedIn', 'includes', 'excludes', 'field', 'key', 'data', 'examples', 'annotation', 'source', 'dataType', 'value', 'repeated', 'references', 'subField', 'parentField', 'equivalentProperty', 'fileObject', 'fileSet', 'recordSet', 'extract', 'transform', 'format', 'content', 'fileProperty', 'column', 'jsonPath', 'separator', 'readLines', 'unArchive', 'regex', 'arrayShape', 'md5', 'isArray'];
const rai = ['dataCollection', 'dataCollectionType', 'dataCollectionMissingData', 'dataCollectionRawData', 'dataCollectionTimeframe', 'dataPreprocessingProtocol', 'dataImputationProtocol', 'dataManipulationProtocol', 'dataReleaseMaintenancePlan', 'personalSensitiveInformation', 'dataAnnotationProtocol', 'dataAnnotationPlatform', 'dataAnnotationAnalysis', 'annotationsPerItem', 'annotatorDemographics', 'machineAnnotationTools', 'dataSocialImpact', 'dataBiases', 'dataLimitations', 'dataUseCases'];
const schemaOrg = ['name', 'alternateName', 'description', 'license', 'url', 'identifier', 'creator', 'publisher', 'datePublished', 'version', 'keywords', 'usageInfo', 'conditionsOfAccess', 'text', 'distribution', 'contentUrl', 'contentSize', 'encodingFormat', 'sha256', 'sameAs'];
const other = ['http://purl.org/dc/terms/conformsTo', 'http://purl.org/dc/terms/replaces', 'http://purl.org/dc/terms/isReplacedBy', 'http://www.w3.org/ns/prov#wasDerivedFrom', 'http://www.w3.org/ns/prov#wasGeneratedBy', 'http://www.w3.org/ns/prov#wasAssociatedWith', 'http://www.w3.org/ns/prov#label'];

export const KNOWN_CROISSANT_PROPERTY_IRIS: ReadonlySet<string> = new Set([
  ...croissant.map((t) => CR + t),
  ...rai.map((t) => RAI + t),
  ...schemaOrg.map((t) => SC + t),
  ...other,
]);
