import { envFields } from '@usm/config';
import { z } from 'zod';

const httpUrl = () => z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).transform((url) => url.replace(/\/+$/, ''));
const secretFile = () => z.string().min(1, 'must name a readable file');

/** The base URL of each service of a city the console reads; a service left out is shown as not deployed. */
const services = z.strictObject({
  ingest: httpUrl().optional(),
  consent: httpUrl().optional(),
  federation: httpUrl().optional(),
  datasets: httpUrl().optional(),
  sites: httpUrl().optional(),
  validation: httpUrl().optional(),
  /** Where the privacy context's Prometheus text answers (`/metrics` of the privacy service or the city node). */
  privacyMetrics: httpUrl().optional(),
});

/** How the console reads a city's anonymised topic (shareable, non-identifying) to count events per H3 cell. */
const events = z.strictObject({
  brokers: z.array(z.string().regex(/^[^\s:]+:\d{1,5}$/, 'must be host:port')).min(1),
  /** SASL_SSL with SCRAM-SHA-512 unless the node is insecure (local debugging). */
  security: z.strictObject({ username: z.string().min(1), passwordFile: secretFile(), caFile: secretFile() }).optional(),
  /** Consumer groups are `<groupPrefix>-<run>`: the prefix the console's principal may read with. */
  groupPrefix: z.string().regex(/^[A-Za-z0-9._-]{1,200}$/, 'must be a consumer group prefix'),
  topic: envFields.topicName().optional(),
  registry: z.strictObject({ url: envFields.registryUrl(), clientId: z.string().min(1).optional(), secretFile: secretFile().optional() }),
});

export const cityEntrySchema = z.strictObject({
  city: envFields.cityId(),
  displayName: z.string().min(1).max(60).optional(),
  /** The city realm's issuer; the console reads the city's APIs with a token of `client` from there. */
  issuer: httpUrl(),
  client: z.strictObject({ clientId: z.string().min(1), secretFile: secretFile() }),
  services,
  events: events.optional(),
});

/** The console's configuration document (`CONSOLE_CONFIG_FILE` or `CONSOLE_CONFIG_JSON`). */
export const consoleConfigSchema = z.strictObject({
  http: z.strictObject({ host: z.string().default('127.0.0.1'), port: z.number().int().min(0).max(65_535).default(3300) }).prefault({}),
  /** The realm people sign in with: its issuer, the console's public client, the audience its tokens carry. */
  signIn: z.strictObject({ issuer: httpUrl(), clientId: z.string().min(1).default('usm-console'), audience: z.string().min(1).default('usm-console') }).optional(),
  webDir: z.string().min(1).optional(),
  pollIntervalMs: z.number().int().min(250).max(300_000).default(5_000),
  /** Lag samples kept per replicated topic for the chart. */
  lagWindow: z.number().int().min(2).max(10_000).default(360),
  /** A stream ends after this long, so a caller reconnects with a token that is still valid (tokens live 5 minutes). */
  streamMaxMs: z.number().int().min(1_000).max(3_600_000).default(240_000),
  requestTimeoutMs: z.number().int().min(100).max(120_000).default(5_000),
  cities: z.array(cityEntrySchema).min(1, 'must list at least one city').refine((list) => new Set(list.map((c) => c.city)).size === list.length, 'must not list a city twice'),
  logLevel: envFields.logLevel(),
});

export type ConsoleConfig = z.output<typeof consoleConfigSchema>;
export type CityEntry = z.output<typeof cityEntrySchema>;
