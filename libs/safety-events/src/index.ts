export * from './safety-events.module';
export type { SafetyEventsOptions } from './safety-events.options';
export type { IngestReceipt } from './application/ingest-events.handler';
export { ingestErrorCodes } from './application/ingest-errors';
export { ingestJsonBodyParserOptions } from './adapters/http/json-body-parser-options';
