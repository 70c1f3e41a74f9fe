import { alertSubCategories, loadValueSchema, topicCatalog, valueTypeOf } from '@usm/contracts';
import type { EventContract } from '../domain/event-contract';
import { eventContract } from '../domain/event-contract';

/** The raw safety event contract from the workspace's `schemas/` (read once by `@usm/contracts`). */
export function rawEventContract(): EventContract {
  const topic = topicCatalog.safetyEventsRaw;
  return eventContract(loadValueSchema(topic), valueTypeOf(topic), alertSubCategories);
}
