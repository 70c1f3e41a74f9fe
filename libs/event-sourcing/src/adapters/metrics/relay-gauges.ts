import type { Registry } from 'prom-client';
import { Gauge } from 'prom-client';
import type { RelayReport } from '../../domain/relay-status';
import { relayStatuses } from '../../domain/relay-status';

/** Reads a relay's current report (queries the outbox), at scrape time. */
export type RelaySampler = () => Promise<RelayReport>;

const names = {
  backlog: 'usm_event_sourcing_outbox_backlog_rows',
  oldest: 'usm_event_sourcing_outbox_oldest_pending_seconds',
  status: 'usm_event_sourcing_outbox_relay_status',
  failures: 'usm_event_sourcing_outbox_relay_consecutive_failures',
} as const;

// One sampler set per registry: several modules (and metric instances) share a registry.
const samplersByRegistry = new WeakMap<Registry, Map<string, RelaySampler>>();

/** Registers a relay's sampler; the relay gauges are created once per registry and sampled at scrape time. */
export function observeRelay(registry: Registry, relayId: string, sampler: RelaySampler): void {
  let samplers = samplersByRegistry.get(registry);
  if (!samplers) {
    samplers = new Map();
    samplersByRegistry.set(registry, samplers);
    registerRelayGauges(registry, samplers);
  }
  samplers.set(relayId, sampler);
}

function registerRelayGauges(registry: Registry, samplers: ReadonlyMap<string, RelaySampler>): void {
  // The four gauges are read in parallel by one scrape: they share one sampling of the relays.
  let inFlight: Promise<void> | undefined;
  const collect = (): Promise<void> => (inFlight ??= sampleRelays(samplers, gauges).finally(() => (inFlight = undefined)));
  const gauge = (name: string, help: string, labelNames: string[]) => new Gauge({ name, help, labelNames, registers: [registry], collect });
  const gauges: RelayGauges = {
    backlog: gauge(names.backlog, 'Outbox rows of the relay topics not yet published to Kafka, by relay.', ['relay']),
    oldest: gauge(names.oldest, 'How long the oldest unpublished outbox row has waited, by relay (0 when none).', ['relay']),
    status: gauge(names.status, 'Outbox relay status (1 for the current one): leading, standby, fenced, recovering, …', ['relay', 'status']),
    failures: gauge(names.failures, 'Failed outbox relay steps since the last one that succeeded, by relay.', ['relay']),
  };
}

interface RelayGauges {
  readonly backlog: Gauge;
  readonly oldest: Gauge;
  readonly status: Gauge;
  readonly failures: Gauge;
}

async function sampleRelays(samplers: ReadonlyMap<string, RelaySampler>, gauges: RelayGauges): Promise<void> {
  for (const [relay, sampler] of samplers) {
    // A scrape during a database outage shows what it can; the outage is in /health.
    const report = await sampler().catch(() => undefined);
    if (!report) continue;
    gauges.backlog.set({ relay }, report.backlogRows);
    gauges.oldest.set({ relay }, (report.oldestPendingMs ?? 0) / 1_000);
    gauges.failures.set({ relay }, report.consecutiveFailures);
    for (const candidate of relayStatuses) gauges.status.set({ relay, status: candidate }, candidate === report.status ? 1 : 0);
  }
}
