import type { KitOptions, Resource } from './resource';
import { bootstrapOf, clusterCaSecretOf, labelsOf, meta } from './resource';
import { secretMounts, servicePort } from './service-env';
import { externalSecretOf } from './workloads';

const configDir = '/etc/usm/console';
const registryUrl = `http://registry:8080/apis/ccompat/v7`;
const serviceUrl = (service: string) => `http://${service}:${servicePort}`;

/**
 * The console's configuration document for one city node (apps/console, ADR 0025): people sign in with the city's
 * realm (public client `usm-console`), the backend reads the city's APIs as `city-admin` and counts the anonymised
 * topic's cells as the read-only `datasets` principal (groups `<city>-datasets-console-*`).
 */
export function consoleConfigOf(options: KitOptions): Record<string, unknown> {
  return {
    http: { host: '0.0.0.0', port: servicePort },
    signIn: { issuer: options.issuer },
    logLevel: 'info',
    cities: [
      {
        city: options.city,
        issuer: options.issuer,
        client: { clientId: 'city-admin', secretFile: `${secretMounts.service}/city-admin-client-secret` },
        services: {
          ingest: serviceUrl('ingest'), consent: serviceUrl('consent'), federation: serviceUrl('federation'), datasets: serviceUrl('datasets'),
          sites: serviceUrl('sites'), validation: serviceUrl('validation'), privacyMetrics: serviceUrl('privacy'),
        },
        events: {
          brokers: [bootstrapOf(options)],
          security: { username: 'datasets', passwordFile: `${secretMounts.kafkaPassword}/password`, caFile: `${secretMounts.kafkaCa}/ca.crt` },
          groupPrefix: `${options.city}-datasets-console`,
          registry: { url: registryUrl, clientId: 'registry-datasets', secretFile: `${secretMounts.registry}/datasets` },
        },
      },
    ],
  };
}

function consoleDeploymentOf(options: KitOptions): Resource {
  const probe = (path: string, periodSeconds: number) => ({ httpGet: { path, port: servicePort }, periodSeconds, timeoutSeconds: 3 });
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: meta(options, 'console', 'console'),
    spec: {
      replicas: 1,
      selector: { matchLabels: labelsOf(options, 'console') },
      template: {
        metadata: { labels: labelsOf(options, 'console'), annotations: { 'prometheus.io/scrape': 'true', 'prometheus.io/port': String(servicePort), 'prometheus.io/path': '/metrics' } },
        spec: {
          containers: [
            {
              name: 'console',
              image: options.image,
              // The image carries the built web app in dist/apps/console/web (nx run console:build-web).
              command: ['node', 'dist/apps/console/main.js'],
              ports: [{ name: 'http', containerPort: servicePort }],
              envFrom: [{ configMapRef: { name: 'console-env' } }],
              livenessProbe: probe('/health/live', 20),
              readinessProbe: probe('/health/ready', 5),
              startupProbe: { ...probe('/health/live', 5), failureThreshold: 60 },
              volumeMounts: [
                { name: 'config', mountPath: configDir, readOnly: true },
                { name: 'client', mountPath: secretMounts.service, readOnly: true },
                { name: 'kafka', mountPath: secretMounts.kafkaPassword, readOnly: true },
                { name: 'kafka-ca', mountPath: secretMounts.kafkaCa, readOnly: true },
                { name: 'registry', mountPath: secretMounts.registry, readOnly: true },
              ],
            },
          ],
          volumes: [
            { name: 'config', configMap: { name: 'console-config' } },
            { name: 'client', secret: { secretName: 'console-secrets' } },
            // The User Operator's Secret of the read-only datasets principal, as the datasets service mounts it.
            { name: 'kafka', secret: { secretName: 'datasets' } },
            { name: 'kafka-ca', secret: { secretName: clusterCaSecretOf(options.city) } },
            { name: 'registry', secret: { secretName: 'registry-clients', items: [{ key: 'datasets', path: 'datasets' }] } },
          ],
        },
      },
    },
  };
}

/** The console over this city node: its configuration document, environment, client secret, Deployment and Service. */
export function consoleOf(options: KitOptions): Resource[] {
  return [
    { apiVersion: 'v1', kind: 'ConfigMap', metadata: meta(options, 'console-config', 'console'), data: { 'console.json': `${JSON.stringify(consoleConfigOf(options), null, 2)}\n` } },
    { apiVersion: 'v1', kind: 'ConfigMap', metadata: meta(options, 'console-env', 'console'), data: { CONSOLE_CONFIG_FILE: `${configDir}/console.json` } },
    externalSecretOf(options, 'console-secrets', ['city-admin-client-secret']),
    consoleDeploymentOf(options),
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: meta(options, 'console', 'console'),
      spec: { selector: labelsOf(options, 'console'), ports: [{ name: 'http', port: servicePort, targetPort: servicePort }] },
    },
  ];
}
