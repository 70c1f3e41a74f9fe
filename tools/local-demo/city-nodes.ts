import { join } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { portsOf } from '../../infra/local/src/city-ports';
import { recordService } from '../../infra/local/src/stack-file';
import type { StackOptions } from '../../infra/local/src/stack-options';
import type { CityStack } from '@usm/testing';
import { cityNodeConfigOf } from '@usm/testing';
import { localHmacSecret } from './local-secret';
import type { RunningService } from './service-process';
import { answersReady, startService } from './service-process';

/** Where one city's node answers: the node's status port and each context's base URL. */
export interface CityNodeUrls {
  readonly city: string;
  readonly status: string;
  readonly ingest: string;
  readonly privacy: string;
  readonly consent: string;
  readonly federation: string;
  readonly datasets: string;
  readonly validation: string;
  readonly labels: string;
  readonly sites: string;
}

/** A node this run started (stopped with it) or found running (left alone). */
export interface CityNodeHandle {
  readonly urls: CityNodeUrls;
  readonly started?: RunningService;
}

// A laptop running a whole mesh is busy: dependency probes get 10 s instead of the services' 2 s default.
// MirrorMaker 2's JVM gets 5 minutes to start instead of one.
const healthSettings: Record<string, Record<string, string>> = {
  ...Object.fromEntries(['ingest', 'privacy', 'consent', 'datasets', 'validation', 'labels'].map((context) => [context, { HEALTH_TIMEOUT_MS: '10000' }])),
  federation: { HEALTH_TIMEOUT_MS: '10000', MIRROR_MAKER_START_TIMEOUT_MS: '300000' },
};

const offsets = { ingest: 0, privacy: 1, consent: 2, federation: 3, datasets: 4, validation: 5, labels: 6, sites: 7, status: 9 } as const;
const contextNames = ['ingest', 'privacy', 'consent', 'federation', 'datasets', 'validation', 'labels', 'sites'] as const;

/** The ports of a city's node: the city's block of service ports (ingest +0 … sites +7, the node's status +9). */
export function cityNodeUrlsOf(city: string, portBase: number): CityNodeUrls {
  const first = portsOf(city, portBase).services;
  const url = (offset: number) => `http://127.0.0.1:${first + offset}`;
  return { city, status: url(offsets.status), ...(Object.fromEntries(contextNames.map((name) => [name, url(offsets[name])])) as Record<(typeof contextNames)[number], string>) };
}

/** Reuses the city's node when stack.json records one that answers ready; else writes its config and starts it. */
export async function ensureCityNode(city: CityStack, partners: readonly CityStack[], options: StackOptions, say: (line: string) => void): Promise<CityNodeHandle> {
  const urls = cityNodeUrlsOf(city.city, options.portBase);
  // `stack up` rewrites the city's entry, so a node recorded by a running `npm start` is found on its port.
  if (await answersReady(`${urls.status}/health/ready`, 15_000)) {
    say(`${city.city}: city node already running at ${urls.status}; reusing it`);
    recordNode(options, urls);
    return { urls };
  }
  const stateDir = join(options.paths.state, 'city-node', city.city);
  const ports = Object.fromEntries(Object.entries(offsets).map(([name]) => [name, Number(new URL(urls[name as keyof typeof offsets]).port)])) as Record<keyof typeof offsets, number>;
  const document = cityNodeConfigOf(city, { ports, stateDir, partners, privacyPolicyFile: join(__dirname, '..', '..', 'libs', 'privacy', 'policies', 'default.yaml'), logLevel: 'info', settings: healthSettings });
  const configFile = join(stateDir, 'node.json');
  writeFileSync(configFile, JSON.stringify(document, null, 2), { mode: 0o600 });
  const mqttPassword = city.mqtt?.accounts[`${city.city}-ingest`]?.passwordFile;
  const env = { USM_PRIVACY_HMAC_SECRET: localHmacSecret(options.paths.state, city.city), ...(mqttPassword ? { MQTT_PASSWORD: readFileSync(mqttPassword, 'utf8').trim() } : {}) };
  const logFile = join(options.paths.logs, `${city.city}-city-node.log`);
  say(`${city.city}: starting its city node (config ${configFile}, log ${logFile})`);
  const started = await startService(`${city.city} city node`, 'apps/city-node/src/main.ts', ['--config', configFile], env, `${urls.status}/health/ready`, logFile, (s) => say(`${city.city}: city node starting… ${s} s`), 600_000);
  recordNode(options, urls);
  return { urls, started };
}

function recordNode(options: StackOptions, urls: CityNodeUrls): void {
  for (const name of contextNames) recordService(options.paths.stackFile, urls.city, name, urls[name]);
  recordService(options.paths.stackFile, urls.city, 'city-node', urls.status);
}

/** Stops the nodes this run started and takes them out of stack.json; reused nodes keep running. */
export async function stopStartedNodes(nodes: readonly CityNodeHandle[], options: StackOptions): Promise<void> {
  for (const node of nodes.filter((n) => n.started)) {
    await node.started?.stop();
    for (const name of ['city-node', ...contextNames]) recordService(options.paths.stackFile, node.urls.city, name, undefined);
  }
}
