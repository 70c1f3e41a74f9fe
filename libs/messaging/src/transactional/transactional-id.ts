/**
 * The transactional id of one processor: stable per service instance and input topic, so a restarted
 * instance fences its previous incarnation (and aborts its open transaction) instead of running beside it.
 * Two live instances must never share an instance id: they would fence each other in turn.
 */
export function transactionalIdOf(instanceId: string, inputTopic: string): string {
  return `${instanceId}:${inputTopic}`;
}
