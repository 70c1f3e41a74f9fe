import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { CityStack } from '@usm/testing';
import { portsOf } from './city-ports';
import { startBroker } from './kafka-broker';
import { principalsOf } from './kafka-principals';
import { kafkaSecretFiles } from './kafka-secrets';
import { kafkaClasspath } from './maven';
import { startMqttBroker } from './mqtt-broker';
import { stopByPidFile } from './processes';
import { prepareCityDatabases, purgeCityDatabases } from './city-database';
import { identityEndpointOf } from './identity-provider';
import { registryClientFiles } from './registry-client-files';
import { installRegistry, registryHealthUrl, startRegistry } from './schema-registry';
import type { StackOptions } from './stack-options';

function layoutOf(city: string, options: StackOptions) {
  const { paths } = options;
  return {
    ports: portsOf(city, options.portBase),
    dataDir: join(paths.data, city),
    configDir: join(paths.state, 'config', city),
    kafkaLog: join(paths.logs, `${city}-kafka.log`),
    kafkaPid: join(paths.run, `${city}-kafka.pid`),
    registryLog: join(paths.logs, `${city}-registry.log`),
    registryPid: join(paths.run, `${city}-registry.pid`),
    mqttLog: join(paths.logs, `${city}-mqtt.log`),
    mqttPid: join(paths.run, `${city}-mqtt.pid`),
    mqttSecrets: join(paths.state, 'secrets', city, 'mqtt'),
  };
}

export interface CityStartReport {
  readonly stack: CityStack;
  readonly kafkaReadyMs: number;
  readonly registryReadyMs: number;
}

/** Brings up one city: its databases and their roles, its Kafka broker, its schema registry and its MQTT broker. Idempotent. */
export async function startCity(city: string, options: StackOptions, postgresAdminUrl: string, otherCities: readonly string[] = [], identityReady: Promise<unknown> = Promise.resolve()): Promise<CityStartReport> {
  const layout = layoutOf(city, options);
  const databases = await prepareCityDatabases(city, options.databasePrefix, options.paths.state, postgresAdminUrl);
  const identity = identityEndpointOf(city, options);
  const [kafka, registry, mqtt] = await Promise.all([
    startBroker(
      kafkaClasspath(options.paths.cache),
      { city, ports: layout.ports, dataDir: layout.dataDir, configDir: layout.configDir, logFile: layout.kafkaLog, pidFile: layout.kafkaPid },
      options.kafkaHeap,
      kafkaSecretFiles(options.paths.state, city),
      principalsOf(city, otherCities),
    ),
    // The registry authenticates against the city's realm: it starts once Keycloak serves it.
    identityReady.then(() => startRegistry(installRegistry(options.paths.cache), {
      city,
      ports: layout.ports,
      database: databases.registry,
      identity,
      logFile: layout.registryLog,
      pidFile: layout.registryPid,
    }, options.registryHeap)),
    startMqttBroker({ city, port: layout.ports.mqtt, configDir: layout.configDir, secretsDir: layout.mqttSecrets, logFile: layout.mqttLog, pidFile: layout.mqttPid }),
  ]);
  const stack: CityStack = {
    city,
    kafka: { bootstrapServers: [`127.0.0.1:${layout.ports.kafka}`], controller: `127.0.0.1:${layout.ports.controller}`, pid: kafka.pid, logFile: layout.kafkaLog, security: kafka.security },
    registry: { url: registry.url, healthUrl: registryHealthUrl(layout.ports), pid: registry.pid, logFile: layout.registryLog, clients: registryClientFiles(city, options.paths.state) },
    database: databases.endpoint,
    identity,
    mqtt,
    services: {},
  };
  return { stack, kafkaReadyMs: kafka.readyMs, registryReadyMs: registry.readyMs };
}

/** Stops a city's processes by their own pids; `purge` also deletes its Kafka data and drops its databases. */
export async function stopCity(city: string, options: StackOptions, postgresAdminUrl: string | undefined, purge: boolean): Promise<string[]> {
  const layout = layoutOf(city, options);
  const [registry, kafka, mqtt] = await Promise.all([stopByPidFile(layout.registryPid), stopByPidFile(layout.kafkaPid), stopByPidFile(layout.mqttPid)]);
  const done = [`${city} registry: ${registry}`, `${city} kafka: ${kafka}`, `${city} mqtt: ${mqtt}`];
  if (purge) {
    rmSync(layout.dataDir, { recursive: true, force: true });
    if (postgresAdminUrl) await purgeCityDatabases(city, options.databasePrefix, postgresAdminUrl);
    done.push(`${city}: data and databases purged`);
  }
  return done;
}
