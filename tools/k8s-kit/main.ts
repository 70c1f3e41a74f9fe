/**
 * Generates a city node's Kubernetes manifests (Strimzi Kafka, topics, users, MirrorMaker 2 of the agreements,
 * PostgreSQL, the registry, the services and the console):
 *   npm run k8s:generate -- --city incheon --partners barcelona --out infra/k8s/generated/incheon [--otlp-endpoint <url>] [--agreements agreements.json]
 * `--agreements` is a JSON array of agreements (agreementId, partner, partnerKind, topics, status, validUntil), e.g.
 * the federation service's view; without it no MirrorMaker 2 runs until agreements are active.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command } from 'commander';
import type { SharingAgreement } from '@usm/federation';
import { cityManifests } from './src/manifests';
import { writeManifests } from './src/write-manifests';

const list = (value: string) => value.split(',').map((v) => v.trim()).filter(Boolean);
const program = new Command('k8s:generate')
  .requiredOption('--city <id>', 'city of the node')
  .option('--partners <ids>', 'other cities of the mesh, comma-separated', list, [] as string[])
  .option('--out <dir>', 'output directory')
  .option('--namespace <name>', 'namespace (the city id by default)')
  .option('--image <image>', 'image of the mesh services', 'ghcr.io/urban-safety-mesh/mesh:0.1.0')
  .option('--issuer <url>', 'issuer of the city realm (default: http://keycloak.<namespace>.svc:8080/realms/<city>)')
  .option('--partner-brokers <list>', 'partner=host:port,… as pods reach them (default: <partner>-kafka-bootstrap.<partner>.svc:9093)', '')
  .option('--kafka-replicas <n>', 'Kafka nodes (controller+broker)', (v) => Number.parseInt(v, 10), 3)
  .option('--otlp-endpoint <url>', 'OTLP/HTTP receiver of the traced services (OTEL_EXPORTER_OTLP_ENDPOINT); no tracing without it')
  .option('--agreements <file>', 'JSON array of agreements; MirrorMaker 2 resources for those in force now');
program.parse();
const opts = program.opts<{ city: string; partners: string[]; out?: string; namespace?: string; image: string; issuer?: string; partnerBrokers: string; kafkaReplicas: number; agreements?: string; otlpEndpoint?: string }>();

const namespace = opts.namespace ?? opts.city;
const partnerBrokers = Object.fromEntries(list(opts.partnerBrokers).map((entry) => entry.split('=') as [string, string]));
const agreements = opts.agreements ? (JSON.parse(readFileSync(opts.agreements, 'utf8')) as SharingAgreement[]) : [];
const files = cityManifests(
  { city: opts.city, partners: opts.partners, namespace, image: opts.image, issuer: opts.issuer ?? `http://keycloak.${namespace}.svc:8080/realms/${opts.city}`, partnerBrokers, kafkaReplicas: opts.kafkaReplicas, ...(opts.otlpEndpoint ? { otlpEndpoint: opts.otlpEndpoint } : {}) },
  agreements,
  Date.now(),
);
const written = writeManifests(resolve(opts.out ?? `infra/k8s/generated/${opts.city}`), files);
for (const path of written) process.stdout.write(`${path}\n`);
