const prefix = 'agreement-';

/** Stream id of an agreement; its category `agreement` routes it to the agreements topic. */
export function agreementStreamId(agreementId: string): string {
  return `${prefix}${agreementId}`;
}

/** The agreement id of an agreement stream id. */
export function agreementIdOf(streamId: string): string {
  return streamId.startsWith(prefix) ? streamId.slice(prefix.length) : streamId;
}
