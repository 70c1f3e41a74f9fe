import { readFileSync } from 'node:fs';
import mqtt from 'mqtt';
import type { MqttClient } from 'mqtt';
import type { CityStack } from '@usm/testing';
import { authHeaderFor } from '@usm/testing';
import type { Channel } from './workload';
import { roundSources, workloadEvent } from './workload';

/** What one city sent in a round, per channel, and the ids of events the default policy lets leave the city. */
export interface CitySent {
  readonly http: number;
  readonly mqtt: number;
  readonly shareableIds: readonly string[];
}

/** Sends events of one city: batches over HTTP to ingest as the `integrator` persona, sensors over MQTT as the demo device. */
export class CityWorkload {
  private offset = 0;
  private constructor(
    private readonly city: CityStack,
    private readonly ingestUrl: string,
    private readonly device: MqttClient | undefined,
  ) {}

  static async connect(city: CityStack, ingestUrl: string): Promise<CityWorkload> {
    const account = city.mqtt?.accounts[`demo-sensor-${city.city}`];
    const device = city.mqtt && account ? await mqtt.connectAsync(city.mqtt.url, { username: account.username, password: readFileSync(account.passwordFile, 'utf8').trim(), clientId: `${account.username}-demo`, reconnectPeriod: 2_000 }) : undefined;
    return new CityWorkload(city, ingestUrl, device);
  }

  /** One round of `count` events across every source; resolves once ingest (HTTP 202, MQTT PUBACK) acknowledged them. */
  async sendRound(count: number, now: Date): Promise<CitySent> {
    const sources = roundSources(count, this.offset);
    this.offset += count;
    const events = sources.map((source) => ({ channel: source.channel as Channel, event: workloadEvent(this.city.city, source, now, Math.random) }));
    const overHttp = events.filter((e) => e.channel === 'http' || !this.device).map((e) => e.event);
    const overMqtt = this.device ? events.filter((e) => e.channel === 'mqtt').map((e) => e.event) : [];
    if (overHttp.length > 0) {
      const response = await fetch(`${this.ingestUrl}/v1/events`, { method: 'POST', headers: { 'content-type': 'application/json', ...(await authHeaderFor(this.city, 'integrator')) }, body: JSON.stringify({ events: overHttp }) });
      if (response.status !== 202) throw new Error(`${this.city.city} ingest answered ${response.status}: ${await response.text()}`);
    }
    for (const event of overMqtt) {
      const systemId = (event['source'] as { systemId: string }).systemId;
      await this.device?.publishAsync(`mesh/${this.city.city}/events/${systemId}`, JSON.stringify(event), { qos: 1 });
    }
    const shareableIds = events.map((e) => e.event).filter((e) => (e['source'] as { legalBasis: string }).legalBasis === 'pseudonymisedResearch').map((e) => String(e['eventId']));
    return { http: overHttp.length, mqtt: overMqtt.length, shareableIds };
  }

  async close(): Promise<void> {
    await this.device?.endAsync();
  }
}
