import { Registry, collectDefaultMetrics } from 'prom-client';
import type { ObservabilityOptions } from '../observability.options';

/** A registry of its own per service (never prom-client's global one), labelled with service and city. */
export function createMetricsRegistry(options: Pick<ObservabilityOptions, 'serviceName' | 'city'>): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service: options.serviceName, city: options.city });
  collectDefaultMetrics({ register: registry });
  return registry;
}
