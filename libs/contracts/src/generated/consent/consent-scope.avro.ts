// Generated from schemas/consent/ConsentScope.avsc by tools/avro-codegen; edit the schema and run `npm run contracts:generate`.
import type { AlertCategory } from '../safety-events/alert-category.avro';
import type { SourceKind } from '../safety-events/source-kind.avro';

/**
 * Which of the subject's data a consent covers. An empty list covers nothing, never everything.
 * Avro: `mesh.consent.ConsentScope`.
 */
export interface ConsentScope {
  /** Kinds of source systems whose events are covered. */
  readonly sourceKinds: ReadonlyArray<SourceKind>;
  /** FIWARE Alert categories covered. */
  readonly categories: ReadonlyArray<AlertCategory>;
}
