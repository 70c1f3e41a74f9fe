/** What a handler reports for a record it dealt with; an expected case is an outcome, never an exception. */
export type HandlerResult = 'processed' | 'skipped';

/** What became of a consumed record. Every outcome commits the record's offset. */
export type RecordOutcome = HandlerResult | 'deadLettered';

export const recordOutcomes: readonly RecordOutcome[] = ['processed', 'skipped', 'deadLettered'];

/** A consumed record whose value was decoded with its writer schema and validated. */
export interface DecodedRecord<T> {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly timestamp: string;
  /** Record keys are UTF-8 strings (an aggregate or event id). */
  readonly key: string | null;
  /** Header values as UTF-8 text; a repeated header keeps its last value. */
  readonly headers: Readonly<Record<string, string>>;
  /** Registry id of the writer schema, for upcasting older shapes. */
  readonly schemaId: number;
  readonly value: T;
}

/** Application code run for each decoded record. Throw a retriable error to have the record redelivered. */
export type RecordHandler<T> = (record: DecodedRecord<T>) => Promise<HandlerResult>;
