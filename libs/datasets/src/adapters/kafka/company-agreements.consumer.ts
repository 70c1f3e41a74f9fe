import { randomUUID } from 'node:crypto';
import type { Consumer, Kafka } from 'kafkajs';
import type { AgreementEvent } from '@usm/contracts';
import type { AvroCodec } from '@usm/messaging';
import type { CompanyAgreement } from '../../application/company-agreements';
import { evolveCompanyAgreement } from '../../application/company-agreements';
import type { CompanyAgreements } from '../../application/ports';

/**
 * The agreements in force as this service sees them: `agreements.v1` replayed from the start into memory at
 * boot (the topic is small and kept forever), then followed. A fresh group each start, nothing committed:
 * the state is the fold of the whole log, so it needs no stored offset. Not ready until the replay reached the
 * end offsets seen at start, so a download is never decided on a partial view.
 */
export class KafkaCompanyAgreements implements CompanyAgreements {
  private readonly agreements = new Map<string, CompanyAgreement>();
  private consumer: Consumer | undefined;
  private targets = new Map<number, bigint>();

  constructor(
    private readonly kafka: Kafka,
    private readonly codec: AvroCodec,
    private readonly topic: string,
    private readonly groupPrefix: string,
  ) {}

  all(): Iterable<CompanyAgreement> {
    return this.agreements.values();
  }

  get caughtUp(): boolean {
    return this.targets.size === 0;
  }

  async start(): Promise<void> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      for (const o of await admin.fetchTopicOffsets(this.topic)) if (BigInt(o.high) > BigInt(o.low)) this.targets.set(o.partition, BigInt(o.high) - 1n);
    } finally {
      await admin.disconnect();
    }
    const consumer = this.kafka.consumer({ groupId: `${this.groupPrefix}-${randomUUID()}`, allowAutoTopicCreation: false });
    this.consumer = consumer;
    consumer.on(consumer.events.END_BATCH_PROCESS, (e) => this.reached(e.payload.partition, BigInt(e.payload.lastOffset)));
    await consumer.connect();
    await consumer.subscribe({ topic: this.topic, fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachMessage: async ({ message, partition }) => {
        const { value } = await this.codec.decode<AgreementEvent>(message.value);
        const id = value.metadata.aggregateId;
        const next = evolveCompanyAgreement(this.agreements.get(id), value);
        if (next) this.agreements.set(id, next);
        this.reached(partition, BigInt(message.offset));
      },
    });
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
  }

  private reached(partition: number, offset: bigint): void {
    const target = this.targets.get(partition);
    if (target !== undefined && offset >= target) this.targets.delete(partition);
  }
}
