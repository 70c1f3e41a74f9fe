/** A consumed record as a projection sees it: the decoded value and where it came from. */
export interface ProjectionEvent<V = unknown> {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly timestamp: string;
  readonly key: string | null;
  readonly headers: Readonly<Record<string, string>>;
  readonly value: V;
}

/**
 * A read model as pure functions: `keyOf` names the row an event touches (its primary-key columns),
 * `evolve` gives the row after the event, `null` deleting it. Both are pure and never throw for an
 * event that does not fit: it returns the row unchanged.
 */
export interface Projection<V = unknown, Row extends object = object> {
  readonly name: string;
  readonly topics: readonly string[];
  // Method syntax on purpose: it lets a list of differently typed projections share `Projection[]`.
  keyOf(event: ProjectionEvent<V>): Partial<Row>;
  evolve(row: Row | null, event: ProjectionEvent<V>): Row | null;
}
