import { Command } from 'commander';
import { logLevel } from 'kafkajs';
import { shareableTopics, topicCatalog } from '@usm/contracts';
import { createKafka } from '@usm/messaging';
import type { CityStack } from '@usm/testing';
import { kafkaConnectionOf, registryCredentialsOf, waitFor } from '@usm/testing';
import { up } from '../../infra/local/src/local-stack';
import { stackOptions } from '../../infra/local/src/stack-options';
import { applyTopics, provisioningRegistryOf, registerSchemas, resolveEndpoints } from '../contracts-cli/src';
import { neededAgreements } from './agreement-plan';
import { ensureAgreement } from './agreements';
import type { ArrivalWatch } from './arrival-watch';
import { watchArrivals } from './arrival-watch';
import type { CityNodeHandle } from './city-nodes';
import { ensureCityNode, stopStartedNodes } from './city-nodes';
import type { ConsoleHandle } from './console';
import { ensureConsole } from './console';
import { buildDemoRelease } from './dataset-release';
import type { MeshOptions } from './mesh-options';
import { meshOptionsOf } from './mesh-options';
import { printMesh, printSummary } from './mesh-report';
import type { RoundTally } from './mesh-report';
import { validateReferenceSolution } from './reference-validation';
import { CityWorkload } from './workload-sender';

const began = Date.now();
const say = (line: string): void => console.log(`[mesh ${((Date.now() - began) / 1000).toFixed(1).padStart(6)} s] ${line}`);
const anonymised = topicCatalog.safetyEventsAnonymised.name;

/** `npm start`: a mesh of city nodes with agreements between every pair, a sample workload and a dataset release. */
async function main(options: MeshOptions): Promise<void> {
  const stackOpts = stackOptions();
  const stack = await up(options.cities, stackOpts, (line) => say(line));
  const cities = options.cities.map((c) => stack.cities[c] as CityStack);
  for (const city of cities) {
    await applyTopics(resolveEndpoints({ city: city.city }), {}, () => undefined);
    await registerSchemas(provisioningRegistryOf(city), {}, () => undefined);
    say(`${city.city}: topics, broker rules and schemas applied`);
  }
  const nodes: CityNodeHandle[] = await Promise.all(cities.map((city) => ensureCityNode(city, cities.filter((c) => c !== city), stackOpts, say)));
  let meshConsole: ConsoleHandle | undefined;
  const stop = async () => {
    await meshConsole?.started?.stop();
    await stopStartedNodes(nodes, stackOpts);
  };
  try {
    await signAgreements(cities, nodes);
    meshConsole = await ensureConsole(cities, nodes, stackOpts, say);
    say(`mesh ready in ${((Date.now() - began) / 1000).toFixed(1)} s`);
    printMesh(cities, nodes, say);
    say(`console ${meshConsole.url}  sign in (${meshConsole.signInCity} realm) as "${meshConsole.user}", password: cat ${meshConsole.passwordFile}`);
    await runWorkload(options, cities, nodes);
  } finally {
    await stop();
  }
}

async function signAgreements(cities: readonly CityStack[], nodes: readonly CityNodeHandle[]): Promise<void> {
  const topics = shareableTopics().map((t) => t.name);
  const stacks = Object.fromEntries(cities.map((c) => [c.city, c]));
  for (const need of neededAgreements(cities.map((c) => c.city))) {
    const consent = nodes.find((n) => n.urls.city === need.source)?.urls.consent ?? '';
    const { id, reused } = await ensureAgreement(need, consent, stacks, topics);
    say(`agreement ${need.source} → ${need.partner}: ${reused ? 'already in force' : 'drafted, signed by both DPOs and activated'} (${id})`);
  }
}

/** A first round, the release and the validation with a summary; then rounds until Ctrl-C (not with --once), and the summary again. */
async function runWorkload(options: MeshOptions, cities: readonly CityStack[], nodes: readonly CityNodeHandle[]): Promise<void> {
  const kafkaOf = (city: CityStack) => createKafka({ ...kafkaConnectionOf(city, 'admin', 'local-demo'), logLevel: logLevel.NOTHING });
  const own = new Map<string, ArrivalWatch>();
  const replicated = new Map<string, ArrivalWatch>();
  const workloads = new Map<string, CityWorkload>();
  for (const city of cities) {
    own.set(city.city, await watchArrivals(kafkaOf(city), anonymised, { url: city.registry.url, ...registryCredentialsOf(city, 'registry-privacy') }, true));
    workloads.set(city.city, await CityWorkload.connect(city, nodes.find((n) => n.urls.city === city.city)?.urls.ingest ?? ''));
  }
  const tally: RoundTally = new Map(cities.map((c) => [c.city, { http: 0, mqtt: 0, shareableIds: [] as string[] }]));
  let stopping = false;
  // One Ctrl-C reaches this process several times (from the terminal's process group and relayed by npm and tsx):
  // the first starts a clean stop, the echoes are ignored, a second Ctrl-C seconds later stops at once.
  let firstInterrupt = 0;
  process.on('SIGINT', () => {
    if (firstInterrupt === 0) {
      firstInterrupt = Date.now();
      stopping = true;
      say('Ctrl-C: finishing the round, printing the summary, then stopping the city nodes and console this run started (Ctrl-C again to stop at once)');
    } else if (Date.now() - firstInterrupt > 2_000) {
      process.exit(130);
    }
  });
  try {
    const sendRound = async (count: number): Promise<void> => {
      for (const city of cities) {
        const sent = await (workloads.get(city.city) as CityWorkload).sendRound(count, new Date());
        const t = tally.get(city.city);
        if (t) tally.set(city.city, { http: t.http + sent.http, mqtt: t.mqtt + sent.mqtt, shareableIds: [...t.shareableIds, ...sent.shareableIds] });
      }
      await followReplication(cities, replicated, kafkaOf);
      say(`sent ${[...tally].map(([c, t]) => `${c} ${t.http} http + ${t.mqtt} mqtt`).join(', ')}`);
    };
    // The first round carries enough shareable rows for the releases to reach their k and l and for a test split worth
    // scoring on a fresh mesh; the releases and the
    // reference solution's validation follow it, then (without --once) rounds go on until Ctrl-C.
    const perRound = Math.max(5, Math.round(options.rate * 5));
    await sendRound(Math.max(100, perRound));
    await waitForArrivals(cities, tally, own, replicated);
    // Every city builds its own release over its own and its partners' replicated events, then joint testing runs on them.
    const releases = await Promise.all(cities.map(async (city) => {
      const urls = nodes.find((n) => n.urls.city === city.city)?.urls;
      const built = urls ? await buildDemoRelease(city, urls.datasets, anonymised, cities.filter((c) => c !== city).map((c) => c.city)).catch((error: Error) => error) : new Error('no city node');
      return { city, urls, built };
    }));
    const published = releases.flatMap(({ city, urls, built }) => (urls && !(built instanceof Error) && built.status === 'published' ? [{ city, urls, releaseId: built.releaseId }] : []));
    const validation = published.length === 0 ? undefined : await validateReferenceSolution(published, anonymised, say).catch((error: Error) => error);
    printSummary(cities, tally, own, replicated, releases.map((r) => ({ city: r.city.city, release: r.built })), validation, say);
    if (options.once) return;
    say(`the workload goes on at ${options.rate} events/s per city; Ctrl-C stops it`);
    while (!stopping) {
      const roundStart = Date.now();
      await sendRound(perRound);
      await new Promise((r) => setTimeout(r, Math.max(0, 5_000 - (Date.now() - roundStart))));
    }
    await waitForArrivals(cities, tally, own, replicated);
    printSummary(cities, tally, own, replicated, releases.map((r) => ({ city: r.city.city, release: r.built })), validation, say);
  } finally {
    for (const w of [...own.values(), ...replicated.values()]) await w.stop();
    for (const w of workloads.values()) await w.close();
  }
}

/** Starts watching `<source>.<anonymised>` in each partner once MirrorMaker 2 created it there. */
async function followReplication(cities: readonly CityStack[], watches: Map<string, ArrivalWatch>, kafkaOf: (c: CityStack) => ReturnType<typeof createKafka>): Promise<void> {
  for (const target of cities) {
    for (const source of cities.filter((c) => c !== target)) {
      const key = `${source.city}->${target.city}`;
      if (watches.has(key)) continue;
      const topic = `${source.city}.${anonymised}`;
      const admin = kafkaOf(target).admin();
      await admin.connect();
      const exists = (await admin.listTopics()).includes(topic);
      await admin.disconnect();
      if (exists) watches.set(key, await watchArrivals(kafkaOf(target), topic, { url: source.registry.url, ...registryCredentialsOf(source, `partner-${target.city}`) }, false));
    }
  }
}

/** Waits (bounded) until every shareable event sent reached its city's anonymised topic and every partner's replica. */
async function waitForArrivals(cities: readonly CityStack[], tally: RoundTally, own: Map<string, ArrivalWatch>, replicated: Map<string, ArrivalWatch>): Promise<void> {
  const kafkaOf = (city: CityStack) => createKafka({ ...kafkaConnectionOf(city, 'admin', 'local-demo'), logLevel: logLevel.NOTHING });
  let lastSaid = 0;
  await waitFor(
    async () => {
      await followReplication(cities, replicated, kafkaOf);
      const missing = cities.flatMap((source) => {
        const ids = tally.get(source.city)?.shareableIds ?? [];
        const watches = [own.get(source.city), ...cities.filter((t) => t !== source).map((t) => replicated.get(`${source.city}->${t.city}`))];
        return watches.map((w) => (w ? ids.filter((id) => !w.eventIds.has(id)).length : ids.length));
      });
      const outstanding = missing.reduce((a, b) => a + b, 0);
      if (outstanding > 0 && Date.now() - lastSaid > 10_000) {
        lastSaid = Date.now();
        say(`waiting for anonymised and replicated arrivals: ${outstanding} outstanding`);
      }
      return outstanding === 0;
    },
    { timeoutMs: 240_000, intervalMs: 1_000, description: 'anonymised events to reach every partner' },
  ).catch((error: Error) => say(`${error.message}; the summary shows what arrived`));
}

new Command('start')
  .description('Run a mesh of city nodes on this machine: infrastructure, one city node per city, agreements between every pair, a sample workload and a dataset release')
  .option('--cities <ids>', 'cities of the mesh, comma-separated (up to six: incheon,barcelona,hamburg,osaka,kaohsiung,gwangju)', 'incheon,barcelona')
  .option('--rate <events/s>', 'sample events per second per city (HTTP and MQTT together)', '2')
  .option('--once', 'one round of the workload, a summary, then stop the city nodes this run started', false)
  .action(async (raw: { cities: string; rate: string; once: boolean }) => main(meshOptionsOf(raw)))
  .parseAsync(process.argv)
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    console.error(`[mesh] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
