import { Inject, Injectable } from '@nestjs/common';
import type { OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import type { Consumer } from 'kafkajs';
import { Subject } from 'rxjs';
import { CityApiClient } from '../adapters/city-api.client';
import { consumeAnonymisedEvents } from '../adapters/anonymised-events.consumer';
import { readCity } from '../adapters/read-city';
import type { ConsoleConfig } from '../config/console-config.schema';
import { countEvent, noCellCounts } from '../mesh/cell-counts';
import { noLagHistory, recordLag } from '../mesh/lag-history';
import type { MeshSnapshot } from '../mesh/mesh-snapshot';
import { CONSOLE_CONFIG } from '../console.tokens';

/** Keeps the mesh snapshot: polls every city's APIs, counts anonymised events per cell, and says when it changed. */
@Injectable()
export class MeshMonitor implements OnModuleInit, OnModuleDestroy {
  private snapshot: MeshSnapshot = { at: 0, cities: [], cells: noCellCounts, lag: noLagHistory };
  /** Events counted since start: each cell remembers the number of its latest, so the newest cell is known. */
  private eventsCounted = 0;
  private readonly clients: Map<string, CityApiClient>;
  private readonly consumers: Consumer[] = [];
  private timer: NodeJS.Timeout | undefined;
  private pendingChange: NodeJS.Timeout | undefined;
  /** Emits after each poll and (at most every 250 ms) when events arrive. */
  readonly changes = new Subject<void>();

  constructor(@Inject(CONSOLE_CONFIG) private readonly config: ConsoleConfig) {
    this.clients = new Map(config.cities.map((entry) => [entry.city, new CityApiClient(entry, config.requestTimeoutMs)]));
  }

  current(): MeshSnapshot {
    return this.snapshot;
  }

  async onModuleInit(): Promise<void> {
    await this.poll();
    this.timer = setInterval(() => void this.poll(), this.config.pollIntervalMs);
    for (const entry of this.config.cities) {
      if (entry.events === undefined) continue;
      // A city whose Kafka is down still shows its APIs; the consumer retries on its own.
      consumeAnonymisedEvents(entry, entry.events, (s) => this.sighted(s.city, s.cell, s.resolution)).then(
        (consumer) => this.consumers.push(consumer),
        (error: Error) => process.stderr.write(`console: ${entry.city}'s anonymised events cannot be read: ${error.message}\n`),
      );
    }
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    clearTimeout(this.pendingChange);
    await Promise.all(this.consumers.map((consumer) => consumer.disconnect().catch(() => undefined)));
    this.changes.complete();
  }

  private async poll(): Promise<void> {
    const cities = await Promise.all(this.config.cities.map((entry) => readCity(entry, this.clients.get(entry.city) as CityApiClient)));
    const at = Date.now();
    const flows = cities.flatMap((city) => city.federation?.flows ?? []);
    this.snapshot = { ...this.snapshot, at, cities, lag: recordLag(this.snapshot.lag, flows, at, this.config.lagWindow) };
    this.changes.next();
  }

  private sighted(city: string, cell: string, resolution: number): void {
    this.snapshot = { ...this.snapshot, cells: countEvent(this.snapshot.cells, city, cell, resolution, ++this.eventsCounted) };
    this.pendingChange ??= setTimeout(() => {
      this.pendingChange = undefined;
      this.changes.next();
    }, 250);
  }
}
