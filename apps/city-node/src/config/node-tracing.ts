import { readEnvironment } from '@usm/config';
import { tracingEnvFields, tracingSettingsOf } from '@usm/tracing';
import type { TracingSettings } from '@usm/tracing';
import { z } from 'zod';
import { invalidNodeConfig } from './load-node-config';

const tracingEnvSchema = z.object(tracingEnvFields);

/**
 * The node's tracing, from the standard OpenTelemetry variables of its own environment: one tracer provider for
 * the whole process, under `city-node` unless OTEL_SERVICE_NAME says otherwise; off without an OTLP endpoint.
 */
export function nodeTracingOf(env: Readonly<Record<string, string | undefined>>): TracingSettings {
  return tracingSettingsOf(readEnvironment(tracingEnvSchema, env, invalidNodeConfig), 'city-node');
}
