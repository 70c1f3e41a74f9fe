import type { ValidationSummary } from './reference-validation';
import type { CityStack } from '@usm/testing';
import type { ArrivalWatch } from './arrival-watch';
import { arrivedOf } from './arrival-watch';
import type { CityNodeHandle } from './city-nodes';
import type { ReleaseSummary } from './dataset-release';

/** Events sent per city so far, per channel, with the ids the default policy lets leave the city. */
export type RoundTally = Map<string, { http: number; mqtt: number; shareableIds: string[] }>;

/** What runs where, and how to call it as a demo user. */
export function printMesh(cities: readonly CityStack[], nodes: readonly CityNodeHandle[], say: (line: string) => void): void {
  for (const city of cities) {
    const node = nodes.find((n) => n.urls.city === city.city);
    if (!node) continue;
    const { urls } = node;
    say(`${city.city}: city node ${node.started ? `pid ${node.started.pid}, log ${node.started.logFile}` : '(reused)'}; status ${urls.status}/health/ready and ${urls.status}/metrics`);
    say(`  ingest ${urls.ingest}/v1/events (MQTT ${city.mqtt?.url ?? '-'} mesh/${city.city}/events/<systemId>)  privacy ${urls.privacy}  consent ${urls.consent}/docs  federation ${urls.federation}/federation/status  datasets ${urls.datasets}/v1/releases`);
    say(`  validation ${urls.validation}/v1/leaderboard  labels ${urls.labels}/docs  sites ${urls.sites}/v1/sites`);
    say(`  Kafka ${city.kafka.bootstrapServers.join(',')} (SASL_SSL)  registry ${city.registry.url}  realm ${city.identity.issuer}`);
  }
  const first = cities[0];
  if (!first) return;
  const steward = first.identity.clients['data-steward'];
  say(`demo user: persona client "data-steward" of each realm, secret in ${steward?.secretFile ?? '.mesh/secrets/<city>/identity/data-steward.secret'} (other personas beside it)`);
  say(`  token: npm run -s mesh -- token --city ${first.city} --role data-steward    then: curl -H "Authorization: Bearer $TOKEN" ${nodes[0]?.urls.datasets ?? ''}/v1/releases`);
}

/** Events sent per city and channel, anonymised arrivals, replicated arrivals at each partner, and the release's k and l. */
export function printSummary(
  cities: readonly CityStack[], tally: RoundTally, own: ReadonlyMap<string, ArrivalWatch>, replicated: ReadonlyMap<string, ArrivalWatch>,
  releases: readonly { readonly city: string; readonly release: ReleaseSummary | Error }[], validation: ValidationSummary | Error | undefined, say: (line: string) => void,
): void {
  say('summary');
  for (const city of cities) {
    const t = tally.get(city.city);
    if (!t) continue;
    const ids = t.shareableIds;
    const partners = cities.filter((c) => c !== city).map((p) => `${p.city} ${arrivedOf(replicated.get(`${city.city}->${p.city}`), ids)}/${ids.length}`);
    say(`  ${city.city}: sent ${t.http} over HTTP, ${t.mqtt} over MQTT; anonymised and shareable ${arrivedOf(own.get(city.city), ids)}/${ids.length} (the rest stays in ${city.city} by legal basis); replicated to ${partners.join(', ')}`);
  }
  for (const { city, release } of releases) {
    if (release instanceof Error) {
      say(`  dataset release in ${city}: not built (${release.message})`);
      continue;
    }
    const a = release.anonymity;
    say(`  dataset release ${release.releaseId} in ${city}: ${release.status}${a ? `, k=${a.k} l=${a.l}, ${a.released}/${a.input} rows released, suppression ${(a.suppressionRate * 100).toFixed(1)} %` : ''}${release.problem ? ` (${JSON.stringify(release.problem)})` : ''}`);
  }
  if (validation === undefined) return;
  if (validation instanceof Error) return say(`  reference solution: not validated (${validation.message})`);
  for (const run of validation.cities) {
    const figure = (name: string, digits = 3) => (run.metrics[name] === undefined ? '-' : (run.metrics[name] as number).toFixed(digits));
    say(`  reference solution ${validation.solution} in ${run.city} (benchmark ${validation.benchmarkId}, hosted, ${run.examples} test examples): ${run.verdict}; accuracy ${figure('accuracy')}, macro-F1 ${figure('macroF1')}, latency p50 ${figure('latencyP50Ms', 1)} ms p99 ${figure('latencyP99Ms', 1)} ms`);
  }
  say(`  leaderboard of ${validation.boardCity} shows ${validation.citiesOnBoard.join(' and ')}: ${validation.passesJointTesting ? `passes joint testing, eligible in ${validation.eligibleIn.join(', ')}` : 'does not pass joint testing'}`);
}
