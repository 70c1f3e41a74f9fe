import type { SharingAgreement } from '@usm/federation';
import { catalogTopicLookup, kafkaMirrorMaker2sOf, wantedReplication } from '@usm/federation';
import type { KitOptions, Resource } from './resource';
import { bootstrapOf, clusterCaSecretOf } from './resource';
import { meshServices } from './service-env';
import { kafkaOf, nodePoolsOf, topicsOf, usersOf } from './strimzi';
import { consoleOf } from './console';
import { meshServiceOf, postgresOf, privacyPolicyOf, registryOf, releaseArtifactsOf, serviceSecretsOf } from './workloads';

/**
 * The `KafkaMirrorMaker2` resources of the agreements in force at `now`: the same plan the federation service
 * computes (followers included, refused agreements left out), one resource per partner city with a flow.
 */
export function mirrorMakersOf(options: KitOptions, agreements: readonly SharingAgreement[], now: number): Resource[] {
  const { flows } = wantedReplication({ localCity: options.city, agreements, lookup: catalogTopicLookup, now });
  const local = { city: options.city, bootstrapServers: bootstrapOf(options), caSecret: clusterCaSecretOf(options.city) };
  const partners = options.partners.map((p) => ({ city: p, bootstrapServers: options.partnerBrokers[p] ?? `${p}-kafka-bootstrap.${p}.svc:9093`, caSecret: clusterCaSecretOf(p) }));
  const settings = { replicationFactor: Math.min(3, options.kafkaReplicas), refreshTopicsSeconds: 30, checkpointSeconds: 30 };
  return kafkaMirrorMaker2sOf(flows, local, partners, settings).map((resource) => ({ ...resource, metadata: { ...resource.metadata, namespace: options.namespace } }));
}

/** Every manifest of a city node, grouped by the file it is written to. */
export function cityManifests(options: KitOptions, agreements: readonly SharingAgreement[], now: number): Record<string, Resource[]> {
  return {
    '00-namespace.yaml': [{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: options.namespace, labels: { 'usm.city': options.city } } }],
    '10-kafka.yaml': [kafkaOf(options), ...nodePoolsOf(options)],
    '11-topics.yaml': topicsOf(options),
    '12-users.yaml': usersOf(options),
    '13-mirror-makers.yaml': mirrorMakersOf(options, agreements, now),
    '20-postgres.yaml': postgresOf(options),
    '21-registry.yaml': registryOf(options),
    '30-secrets.yaml': serviceSecretsOf(options),
    '31-services.yaml': [privacyPolicyOf(options), releaseArtifactsOf(options), ...meshServices.flatMap((service) => meshServiceOf(options, service))],
    '40-console.yaml': consoleOf(options),
  };
}
