import type { LogLevel } from '@usm/config';
import { databaseEnvFields, databaseUrlOf, envFields, envVariablesOf, readEnvironment } from '@usm/config';
import { authEnvFields, authModeOf, requireIssuerUnlessInsecure } from '@usm/security';
import type { AuthMode } from '@usm/security';
import { z } from 'zod';
import { tracingEnvFields, tracingSettingsOf } from '@usm/tracing';
import type { TracingSettings } from '@usm/tracing';

const code = 'SITES_SERVICE.INVALID_CONFIG';

/** Every setting of the sites service; only this file reads the environment. It needs no Kafka and no registry. */
const envSchema = z.object({
  ...authEnvFields,
  MESH_CITY: envFields.cityId(),
  ...databaseEnvFields,
  DATABASE_SCHEMA: envFields.databaseSchema().optional(),
  DATABASE_POOL_SIZE: envFields.integer(2, 100, 10),
  SITES_HOST: z.string().default('127.0.0.1'),
  SITES_PORT: envFields.integer(1, 65_535, 3080),
  /** Largest upload (CSV or GeoJSON) an import takes. */
  SITES_MAX_UPLOAD_BYTES: envFields.integer(65_536, 268_435_456, 16_777_216),
  SITES_IMPORT_CONCURRENCY: envFields.integer(1, 32, 8),
  /** Re-decisions of a reservation after another request moved the site's calendar first. */
  SITES_RESERVATION_RETRIES: envFields.integer(0, 10_000, 250),
  LOG_LEVEL: envFields.logLevel(),
  /** OpenTelemetry tracing (off unless OTEL_EXPORTER_OTLP_ENDPOINT is set). */
  ...tracingEnvFields,
});

/** The sites service's validated settings. */
export interface SitesServiceConfig {
  readonly city: string;
  readonly tracing: TracingSettings;
  readonly databaseUrl: string;
  readonly databaseSchema?: string;
  readonly databasePoolSize: number;
  readonly http: { readonly host: string; readonly port: number };
  readonly maxUploadBytes: number;
  readonly importConcurrency: number;
  readonly reservationRetries: number;
  readonly logLevel: LogLevel;
  readonly auth: AuthMode;
}

/** The environment variables this app reads, and which of them it cannot start without (deployment kits check theirs against it). */
export const envVariables = envVariablesOf(envSchema);

/** Validates the environment; a ValidationError names each bad variable (as `field`) and its rule. */
export function loadConfig(env: Readonly<Record<string, string | undefined>> = process.env): SitesServiceConfig {
  const e = readEnvironment(envSchema, env, code, [requireIssuerUnlessInsecure]);
  return {
    city: e.MESH_CITY,
    tracing: tracingSettingsOf(e, 'sites'),
    databaseUrl: databaseUrlOf(e, code),
    ...(e.DATABASE_SCHEMA === undefined ? {} : { databaseSchema: e.DATABASE_SCHEMA }),
    databasePoolSize: e.DATABASE_POOL_SIZE,
    http: { host: e.SITES_HOST, port: e.SITES_PORT },
    maxUploadBytes: e.SITES_MAX_UPLOAD_BYTES,
    importConcurrency: e.SITES_IMPORT_CONCURRENCY,
    reservationRetries: e.SITES_RESERVATION_RETRIES,
    logLevel: e.LOG_LEVEL,
    auth: authModeOf(e, e.MESH_CITY, 'sites'),
  };
}
