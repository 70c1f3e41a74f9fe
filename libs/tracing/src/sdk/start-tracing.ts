import { context, propagation, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import type { SpanExporter } from '@opentelemetry/sdk-trace';
import { BatchSpanProcessor, TracerProvider } from '@opentelemetry/sdk-trace';
import { ATTR_SERVICE_NAME, ATTR_SERVICE_NAMESPACE } from '@opentelemetry/semantic-conventions';
import type { TracingSettings } from '../settings/tracing-settings';
import { samplerOf } from './sampler-of';
import { setTracingActive } from './tracing-state';
import { MeshTraceAttribute } from '../spans/mesh-trace-attributes';

/** The process's tracing: `shutdown` exports what is still buffered, then turns tracing off. */
export interface TracingRuntime {
  readonly enabled: boolean;
  /** Exports every finished span now. */
  flush(): Promise<void>;
  shutdown(): Promise<void>;
}

const disabled: TracingRuntime = { enabled: false, flush: () => Promise.resolve(), shutdown: () => Promise.resolve() };
let current: TracingRuntime = disabled;

/**
 * Registers a tracer provider, the async-local context and the W3C trace-context propagator for the whole
 * process, exporting over OTLP/HTTP (JSON). With tracing disabled nothing is registered: the API stays no-op,
 * no span is recorded and no header is written. Baggage is deliberately not propagated: it is free-form and
 * could carry personal data across the border. `exporter` replaces OTLP (specs use the in-memory one).
 */
export function startTracing(settings: TracingSettings, node: { readonly city: string }, exporter?: SpanExporter): TracingRuntime {
  if (!settings.enabled) return disabled;
  if (current.enabled) throw new Error('tracing is already started in this process');
  const provider = new TracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: settings.serviceName, [ATTR_SERVICE_NAMESPACE]: 'urban-safety-mesh', [MeshTraceAttribute.City]: node.city }),
    sampler: samplerOf(settings.sampler, settings.samplerRatio),
    spanProcessors: [new BatchSpanProcessor({ exporter: exporter ?? new OTLPTraceExporter({ url: settings.tracesUrl }), scheduledDelayMillis: settings.exportDelayMs })],
  });
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  trace.setGlobalTracerProvider(provider);
  setTracingActive(true);
  current = {
    enabled: true,
    flush: () => provider.forceFlush(),
    shutdown: async () => {
      current = disabled;
      setTracingActive(false);
      await provider.shutdown();
      trace.disable();
      propagation.disable();
      context.disable();
    },
  };
  return current;
}

/** Exports buffered spans and stops the process's tracing, if it was started; services call it on shutdown. */
export function shutdownTracing(): Promise<void> {
  return current.shutdown();
}
