export { KafkaSnapshotReader } from './kafka/kafka-snapshot-reader';
export { WriterSchemaDecoder } from './kafka/schema-types';
export { ReleaseArtifactWriter } from './files/release-artifact-writer';
export { serveDatasetsOpenApi, signedDownloadPrefix } from './http/datasets-openapi';
export { useDatasetsBodyParsers } from './http/datasets-body-parsers';
export { CreateDatasetsTables1797000000000 } from './postgres/migrations/1797000000000-create-datasets-tables';
