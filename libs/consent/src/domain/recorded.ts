/** A domain event with its place in its stream, as projections receive it (times in epoch millis). */
export interface Recorded<E> {
  readonly event: E;
  /** Version of the aggregate after this event, starting at 1. */
  readonly version: number;
  /** When the command that caused it was decided. */
  readonly occurredAt: number;
}
