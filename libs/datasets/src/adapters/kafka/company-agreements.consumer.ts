import type { Kafka } from 'kafkajs';
import type { AgreementEvent } from '@usm/contracts';
import type { AvroCodec } from '@usm/messaging';
import { ReplayedTopics } from '@usm/messaging';
import type { CompanyAgreement } from '../../application/company-agreements';
import { evolveCompanyAgreement } from '../../application/company-agreements';
import type { CompanyAgreements } from '../../application/ports';

/**
 * The agreements in force as this service sees them: `agreements.v1` replayed from the start into memory at
 * boot (the topic is small and kept forever), then followed. Not ready until the replay reached the end offsets
 * seen at start, so a download is never decided on a partial view.
 */
export class KafkaCompanyAgreements implements CompanyAgreements {
  private readonly agreements = new Map<string, CompanyAgreement>();
  private readonly replay: ReplayedTopics;

  constructor(
    kafka: Kafka,
    private readonly codec: AvroCodec,
    topic: string,
    groupPrefix: string,
  ) {
    this.replay = new ReplayedTopics(kafka, [topic], groupPrefix, (_topic, value) => this.apply(value));
  }

  all(): Iterable<CompanyAgreement> {
    return this.agreements.values();
  }

  get caughtUp(): boolean {
    return this.replay.caughtUp;
  }

  start(): Promise<void> {
    return this.replay.start();
  }

  stop(): Promise<void> {
    return this.replay.stop();
  }

  private async apply(bytes: Buffer | null): Promise<void> {
    const { value } = await this.codec.decode<AgreementEvent>(bytes);
    const id = value.metadata.aggregateId;
    const next = evolveCompanyAgreement(this.agreements.get(id), value);
    if (next) this.agreements.set(id, next);
  }
}
