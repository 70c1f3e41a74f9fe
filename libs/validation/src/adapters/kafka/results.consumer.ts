import type { Kafka } from 'kafkajs';
import type { ValidationResult } from '@usm/contracts';
import type { AvroCodec } from '@usm/messaging';
import { ReplayedTopics } from '@usm/messaging';
import type { ResultFeed } from '../../application/ports';

/**
 * Local and replicated results: `validation.results.v1` and every partner's `<partner>.validation.results.v1`,
 * each decoded with the registry of the city that wrote it (ADR 0005). Re-delivery keeps one record per run id.
 */
export class KafkaResultFeed implements ResultFeed {
  private readonly results = new Map<string, ValidationResult>();
  private readonly replay: ReplayedTopics;

  constructor(kafka: Kafka, private readonly codecs: ReadonlyMap<string, AvroCodec>, groupPrefix: string) {
    this.replay = new ReplayedTopics(kafka, [...codecs.keys()], groupPrefix, (topic, value) => this.apply(topic, value));
  }

  get caughtUp(): boolean {
    return this.replay.caughtUp;
  }

  all(): readonly ValidationResult[] {
    return [...this.results.values()];
  }

  start(): Promise<void> {
    return this.replay.start();
  }

  stop(): Promise<void> {
    return this.replay.stop();
  }

  private async apply(topic: string, value: Buffer | null): Promise<void> {
    const codec = this.codecs.get(topic);
    if (!codec) return;
    const { value: result } = await codec.decode<ValidationResult>(value);
    this.results.set(`${result.city}/${result.runId}`, result);
  }
}
