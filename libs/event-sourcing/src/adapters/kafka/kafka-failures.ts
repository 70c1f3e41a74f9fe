/** kafkajs error types that mean a newer producer with our transactional id fenced this one. */
const fencedTypes = new Set(['INVALID_PRODUCER_EPOCH', 'PRODUCER_FENCED', 'TRANSACTIONAL_ID_AUTHORIZATION_FAILED']);

/** Whether a kafkajs error (or its cause) says this transactional producer was fenced. */
export function isFenced(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current !== null && typeof current === 'object' && depth < 5; depth += 1) {
    if ('type' in current && typeof current.type === 'string' && fencedTypes.has(current.type)) return true;
    current = 'originalError' in current ? current.originalError : 'cause' in current ? current.cause : undefined;
  }
  return false;
}
