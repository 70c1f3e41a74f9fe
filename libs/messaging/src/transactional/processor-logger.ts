/** Fields of a log line: ids, codes, topics, partitions and offsets only, never record contents. */
export type LogFields = Readonly<Record<string, string | number | boolean | undefined>>;

/** Where a processor reports what happened to it; pino's `(fields, message)` order. */
export interface ProcessorLogger {
  info(fields: LogFields, message: string): void;
  warn(fields: LogFields, message: string): void;
  error(fields: LogFields, message: string): void;
}

/** A logger that drops everything, for benchmarks and specs. */
export const silentProcessorLogger: ProcessorLogger = { info: () => undefined, warn: () => undefined, error: () => undefined };
