/** The prom-client `Registry` every metric of the service registers in; `/metrics` exposes it. */
export const METRICS_REGISTRY = Symbol('METRICS_REGISTRY');
