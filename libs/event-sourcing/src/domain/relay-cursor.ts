/**
 * How far the outbox relay has published: the last (transaction id, global position) it sent. Rows are
 * published in that order, so everything at or below the cursor is on Kafka.
 */
export interface RelayCursor {
  readonly transactionId: string;
  readonly globalPosition: string;
}

const prefix = 'outbox-cursor:v1:';

/** The cursor as the text kept in Kafka (offset-commit metadata). */
export function formatRelayCursor(cursor: RelayCursor): string {
  return `${prefix}${cursor.transactionId}:${cursor.globalPosition}`;
}

/** Reads a cursor back; anything else (no commit yet, foreign metadata) is no cursor. */
export function parseRelayCursor(text: string | null | undefined): RelayCursor | undefined {
  if (!text?.startsWith(prefix)) return undefined;
  const [transactionId, globalPosition, ...rest] = text.slice(prefix.length).split(':');
  const decimal = /^\d+$/;
  if (rest.length > 0 || !transactionId || !globalPosition || !decimal.test(transactionId) || !decimal.test(globalPosition)) return undefined;
  return { transactionId, globalPosition };
}
