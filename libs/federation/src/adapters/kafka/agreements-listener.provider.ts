import { randomUUID } from 'node:crypto';
import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { AgreementEvent } from '@usm/contracts';
import { topicCatalog } from '@usm/contracts';
import { AVRO_CODEC, AvroCodec, ConsumerRunner, KAFKA_CLIENT } from '@usm/messaging';
import type { DecodedRecord, HandlerResult } from '@usm/messaging';
import { InfrastructureError } from '@usm/errors';
import { METRICS_REGISTRY } from '@usm/observability';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import type { Kafka } from 'kafkajs';
import { Registry } from 'prom-client';
import { CatchUp } from '../../application/catch-up';
import { ReplicationReconciler } from '../../application/replication-reconciler';
import { federationErrorCodes } from '../../domain/federation-errors';
import type { FederationOptions } from '../../federation.options';
import { FEDERATION_OPTIONS } from '../../federation.tokens';
import { MirrorMakerProcess } from '../mirror-maker/mirror-maker-process';
import { endOffsetsOf } from './topic-offsets';

/**
 * Drives the reconciler from `agreements.v1`. The view lives in memory, so every boot replays the topic
 * from the beginning under a fresh group; reconciliation starts once the consumer's position reached the end
 * offsets seen at boot on every partition, so history never starts a flow that was later ended. No timer is
 * involved: a slow group join (`group.initial.rebalance.delay.ms`) delays the end of catch-up, never hastens it.
 */
@Injectable()
export class AgreementsListener implements OnApplicationBootstrap, OnApplicationShutdown {
  private runner: ConsumerRunner<AgreementEvent> | undefined;
  private catchUp: CatchUp | undefined;
  private catchUpEnded = false;
  private groupId: string | undefined;

  constructor(
    @Inject(KAFKA_CLIENT) private readonly kafka: Kafka,
    @Inject(AVRO_CODEC) private readonly codec: AvroCodec,
    @Inject(METRICS_REGISTRY) private readonly registry: Registry,
    @Inject(FEDERATION_OPTIONS) private readonly options: FederationOptions,
    private readonly reconciler: ReplicationReconciler,
    private readonly mirrorMaker: MirrorMakerProcess,
    @InjectPinoLogger(AgreementsListener.name) private readonly logger: PinoLogger,
  ) {}

  get topic(): string {
    return `${this.options.topicPrefix}${topicCatalog.agreements.name}`;
  }

  async onApplicationBootstrap(): Promise<void> {
    const leftover = await this.mirrorMaker.cleanUpLeftover();
    if (leftover !== undefined) this.logger.warn({ pid: leftover }, 'stopped a MirrorMaker 2 left behind by an earlier run');
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const topics = new Set(await admin.listTopics());
      if (!topics.has(this.topic)) {
        throw new InfrastructureError(federationErrorCodes.agreementsTopicMissing, `${this.topic} does not exist on this city's cluster; create the catalog topics first (npm run topics:apply -- --city ${this.options.city})`, { details: { topic: this.topic } });
      }
      this.catchUp = new CatchUp(await endOffsetsOf(admin, this.topic, topics));
    } finally {
      await admin.disconnect();
    }
    this.groupId = `${this.options.city}-federation-${randomUUID()}`;
    this.runner = new ConsumerRunner<AgreementEvent>(this.kafka, this.codec, {
      topic: this.topic,
      groupId: this.groupId,
      fromBeginning: true,
      metricsRegistry: this.registry,
      handler: (record) => this.handle(record),
      onPosition: ({ partition, nextOffset }) => {
        this.catchUp?.reached(partition, nextOffset);
        void this.checkCatchUp().catch((error: unknown) => this.logger.error({ code: (error as { code?: string }).code }, 'first reconciliation failed'));
      },
    });
    await this.runner.start();
    await this.checkCatchUp();
  }

  async onApplicationShutdown(): Promise<void> {
    this.reconciler.close();
    await this.runner?.stop();
    await this.mirrorMaker.stop();
    await this.forgetGroup();
  }

  /** The group lives for one boot only (the view is rebuilt by replay); its committed offsets are of no further use. */
  private async forgetGroup(): Promise<void> {
    if (this.groupId === undefined) return;
    const admin = this.kafka.admin();
    try {
      await admin.connect();
      await admin.deleteGroups([this.groupId]);
    } catch {
      // An undeleted group only keeps a few offsets until the broker's offsets retention expires them.
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  }

  /**
   * Hands the event to the reconciler without waiting for what it sets off: applying a plan may take as long as a
   * MirrorMaker 2 start (a minute on a busy host), and a handler blocked that long loses the consumer its group
   * membership (kafkajs then stops the consumer for good). The reconciler's queue keeps the order; the group lives for
   * one boot and its offsets mean nothing, so committing before the reconciliation ends loses nothing.
   */
  private async handle(record: DecodedRecord<AgreementEvent>): Promise<HandlerResult> {
    void this.reconciler.onAgreementEvent(record.value).catch((error: unknown) => this.logger.error({ agreementId: record.value.metadata.aggregateId, code: (error as { code?: string }).code }, 'agreement event could not be reconciled'));
    this.catchUp?.saw(record.partition, Number(record.offset));
    await this.checkCatchUp();
    return 'processed';
  }

  private async checkCatchUp(): Promise<void> {
    if (this.catchUpEnded || !this.catchUp?.done) return;
    // Set before any await: the position report and the handler may both get here, and catch-up ends once.
    this.catchUpEnded = true;
    this.logger.info({ topic: this.topic, agreements: Object.keys(this.reconciler.agreements).length }, 'agreements replayed; replication follows them from now on');
    // Not awaited, like every reconciliation here: the first one may start MirrorMaker 2, longer than a handler may block.
    void this.reconciler.completeCatchUp().catch((error: unknown) => this.logger.error({ code: (error as { code?: string }).code }, 'first reconciliation failed'));
  }
}
