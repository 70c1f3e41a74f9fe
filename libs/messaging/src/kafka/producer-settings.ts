import type { ProducerConfig } from 'kafkajs';
import { Partitioners } from 'kafkajs';

/**
 * Settings of every producer in the mesh. Idempotent, so a retried send never duplicates a record;
 * one request in flight, because kafkajs has had sequence-number bugs with concurrent idempotent sends
 * (kafkajs#598). The Java-compatible partitioner keeps a key on the same partition as Java producers
 * (MirrorMaker 2, integrators) put it. Topics come from the catalog, so a typo must not create one.
 */
export function meshProducerConfig(overrides: Partial<ProducerConfig> = {}): ProducerConfig {
  return {
    idempotent: true,
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
    createPartitioner: Partitioners.DefaultPartitioner,
    ...overrides,
  };
}

/** Every send waits for all in-sync replicas; kafkajs requires acks -1 for an idempotent producer anyway. */
export const ACKS_ALL = -1;
