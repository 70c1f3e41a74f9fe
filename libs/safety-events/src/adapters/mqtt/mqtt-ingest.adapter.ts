import { setTimeout as sleep } from 'node:timers/promises';
import type { IHeaders } from 'kafkajs';
import type { IPublishPacket, MqttClient } from 'mqtt';
import { connectAsync } from 'mqtt';
import { ValidationError } from '@usm/errors';
import { DeadLetterHeader } from '@usm/messaging';
import { endStep, inStep, startMqttProcessSpan } from '@usm/tracing';
import type { IngestEvents, IngestReceipt } from '../../application/ingest-events.handler';
import { deviceErrorReplyOf } from './device-error-reply';
import { assertOwnSystemId, parseDeviceMessage } from './device-message';
import type { MqttIngestMetrics } from './mqtt-ingest-metrics';
import { noMqttIngestMetrics } from './mqtt-ingest-metrics';
import { errorsTopicOf, eventsFilterOf, systemIdOf } from './mqtt-topics';

/** The broker and the ingest service's own account on it (it subscribes to every device's events of its city). */
export interface MqttIngestSettings {
  readonly city: string;
  readonly url: string;
  readonly username: string;
  readonly password: string;
  /** Stable across restarts: the broker keeps the session, so unacknowledged messages come back. */
  readonly clientId: string;
  /** Dead-letter topic of the raw topic. */
  readonly deadLetterTopic: string;
}

/** Produces final bytes to Kafka; resolves once Kafka acknowledged. */
export interface DeadLetterSink {
  publishBytes(topic: string, records: readonly { readonly key: string; readonly value: Buffer; readonly headers?: IHeaders }[]): Promise<unknown>;
}

export interface MqttIngestPorts {
  readonly ingest: { execute(command: IngestEvents): Promise<IngestReceipt> };
  readonly deadLetters: DeadLetterSink;
  readonly clock: { now(): number };
  readonly warn: (message: string) => void;
  readonly metrics?: MqttIngestMetrics;
}

const maxRetryDelayMs = 5_000;

/**
 * The MQTT adapter of ingest: one device message = one event, through the same contract validation, ledger
 * and producer as HTTP. The PUBACK goes out only once Kafka acknowledged the event (or its dead letter):
 * until then mqtt.js holds the stream, and a message still unacknowledged at shutdown is redelivered by the
 * broker to the persistent session.
 */
export class MqttIngestAdapter {
  private client: MqttClient | undefined;
  private stopping = false;
  private readonly metrics: MqttIngestMetrics;

  constructor(
    private readonly ports: MqttIngestPorts,
    private readonly settings: MqttIngestSettings,
  ) {
    this.metrics = ports.metrics ?? noMqttIngestMetrics;
  }

  /** Whether the session with the broker is up (readiness: devices' messages would otherwise wait on the broker). */
  isConnected(): boolean {
    return this.client?.connected ?? false;
  }

  async start(): Promise<void> {
    const { url, username, password, clientId, city } = this.settings;
    this.client = await connectAsync(url, {
      username,
      password,
      clientId,
      clean: false,
      protocolVersion: 5,
      properties: { sessionExpiryInterval: 24 * 60 * 60 },
      reconnectPeriod: 1_000,
      customHandleAcks: (topic, message, packet, done) => this.onDelivery(topic, message, done, packet),
    });
    this.metrics.connected(true);
    this.client.on('connect', () => this.metrics.connected(true));
    this.client.on('close', () => this.metrics.connected(false));
    await this.client.subscribeAsync(eventsFilterOf(city), { qos: 1 });
  }

  /**
   * mqtt.js's manual acknowledgement: `done(0)` sends the PUBACK, so only once the event or its dead letter is on Kafka.
   * The message's span continues the trace a device sent as its MQTT v5 `traceparent` user property.
   */
  onDelivery(topic: string, payload: Buffer, done: (code: number) => void, packet?: Pick<IPublishPacket, 'properties'>): void {
    const userProperties = packet?.properties?.userProperties;
    const step = startMqttProcessSpan({ filter: eventsFilterOf(this.settings.city), topic, ...(userProperties ? { userProperties } : {}) });
    void inStep(step, () => this.untilHandled(topic, payload)).then((outcome) => {
      endStep(step, outcome === undefined ? {} : { outcome: outcome === 'ingested' ? 'processed' : 'deadLettered' });
      if (outcome !== undefined) done(0);
    });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.client?.endAsync(true);
  }

  /**
   * Retries what Kafka or PostgreSQL could not take yet; refused input is handled (dead-lettered), not retried.
   * Undefined when the adapter stopped first (no PUBACK: the broker delivers the message again).
   */
  private async untilHandled(topic: string, payload: Buffer): Promise<'ingested' | 'refused' | undefined> {
    for (let attempt = 0; !this.stopping; attempt += 1) {
      try {
        const outcome = await this.handle(topic, payload);
        this.metrics.message(outcome);
        return outcome;
      } catch (error) {
        this.metrics.retried();
        this.ports.warn(`MQTT message on ${topic} not yet ingested (${error instanceof Error ? error.message : String(error)}); retrying`);
        await sleep(Math.min(maxRetryDelayMs, 200 * 2 ** attempt));
      }
    }
    return undefined;
  }

  private async handle(topic: string, payload: Buffer): Promise<'ingested' | 'refused'> {
    const systemId = systemIdOf(this.settings.city, topic);
    // The subscription is the city's own events filter, so this is a topic the broker should not have sent.
    if (systemId === undefined) return 'refused';
    let body: unknown;
    try {
      body = parseDeviceMessage(payload);
      assertOwnSystemId(body, systemId);
      await this.ports.ingest.execute({ body });
      return 'ingested';
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      await this.refuse(topic, systemId, payload, error, body);
      return 'refused';
    }
  }

  /** Dead letter first (the record of what was refused), then the device's answer; both before the PUBACK. */
  private async refuse(topic: string, systemId: string, payload: Buffer, error: ValidationError, body: unknown): Promise<void> {
    const reply = deviceErrorReplyOf(error, body);
    await this.ports.deadLetters.publishBytes(this.settings.deadLetterTopic, [
      {
        key: reply.eventId ?? systemId,
        value: payload,
        headers: {
          [DeadLetterHeader.Reason]: error.message,
          [DeadLetterHeader.Code]: error.code,
          [DeadLetterHeader.SourceTopic]: `mqtt:${topic}`,
          [DeadLetterHeader.FailedAt]: new Date(this.ports.clock.now()).toISOString(),
        },
      },
    ]);
    // Not awaited: its PUBACK arrives on the incoming stream that mqtt.js holds until we acknowledge this message.
    this.client?.publish(errorsTopicOf(this.settings.city, systemId), JSON.stringify(reply), { qos: 1 }, (failure) => {
      if (failure) this.ports.warn(`error reply to ${systemId} not sent: ${failure.message}`);
    });
  }
}
