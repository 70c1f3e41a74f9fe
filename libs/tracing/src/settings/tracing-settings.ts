import { z } from 'zod';

/** The standard OpenTelemetry sampler names (OTEL_TRACES_SAMPLER) the mesh supports. */
export const samplerNames = ['always_on', 'always_off', 'traceidratio', 'parentbased_always_on', 'parentbased_always_off', 'parentbased_traceidratio'] as const;
export type SamplerName = (typeof samplerNames)[number];

const httpUrl = () => z.url({ protocol: /^https?$/, error: 'must be an http(s) URL of an OTLP/HTTP receiver' });

/**
 * zod fields of the standard OpenTelemetry variables a service reads; spread them into an app's env schema.
 * Tracing is on only when an endpoint is set, so a node without one behaves exactly as before.
 */
export const tracingEnvFields = {
  /** Base URL of the OTLP/HTTP receiver, e.g. http://collector:4318 (traces go to `<base>/v1/traces`). */
  OTEL_EXPORTER_OTLP_ENDPOINT: httpUrl().optional(),
  /** Full URL for traces only; wins over OTEL_EXPORTER_OTLP_ENDPOINT. */
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: httpUrl().optional(),
  OTEL_SERVICE_NAME: z.string().regex(/^[A-Za-z0-9._-]{1,100}$/, 'must be letters, digits, dots, dashes or underscores').optional(),
  OTEL_TRACES_SAMPLER: z.enum(samplerNames).default('parentbased_always_on'),
  /** Ratio of the traceidratio samplers, 0 to 1. */
  OTEL_TRACES_SAMPLER_ARG: z.coerce.number().min(0).max(1).default(1),
  /** Delay between two exports of finished spans, in milliseconds. */
  OTEL_BSP_SCHEDULE_DELAY: z.coerce.number().int().min(1).max(600_000).default(5_000),
  OTEL_SDK_DISABLED: z.enum(['true', 'false']).default('false'),
};

type TracingEnv = z.output<z.ZodObject<typeof tracingEnvFields>>;

/** How a service traces: off, or where it exports, under which name, and how it samples. */
export type TracingSettings =
  | { readonly enabled: false }
  | {
      readonly enabled: true;
      readonly tracesUrl: string;
      readonly serviceName: string;
      readonly sampler: SamplerName;
      readonly samplerRatio: number;
      readonly exportDelayMs: number;
    };

/** Tracing off: what a service gets without OTEL_EXPORTER_OTLP_ENDPOINT. */
export const tracingDisabled: TracingSettings = { enabled: false };

/** The settings from validated env fields; the service's own name unless OTEL_SERVICE_NAME overrides it. */
export function tracingSettingsOf(env: TracingEnv, defaultServiceName: string): TracingSettings {
  const tracesUrl = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? (env.OTEL_EXPORTER_OTLP_ENDPOINT ? `${env.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/+$/, '')}/v1/traces` : undefined);
  if (tracesUrl === undefined || env.OTEL_SDK_DISABLED === 'true') return tracingDisabled;
  return {
    enabled: true,
    tracesUrl,
    serviceName: env.OTEL_SERVICE_NAME ?? defaultServiceName,
    sampler: env.OTEL_TRACES_SAMPLER,
    samplerRatio: env.OTEL_TRACES_SAMPLER_ARG,
    exportDelayMs: env.OTEL_BSP_SCHEDULE_DELAY,
  };
}
