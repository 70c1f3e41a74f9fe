/** The cities the mesh knows; their position fixes their port block so ports never depend on start order. */
export const knownCities = ['incheon', 'barcelona', 'hamburg', 'osaka', 'kaohsiung', 'gwangju'] as const;

export interface CityPorts {
  readonly kafka: number;
  readonly controller: number;
  /** The broker's own mutual-TLS listener (inter-broker traffic, transaction markers); no client uses it. */
  readonly internal: number;
  readonly registry: number;
  readonly registryManagement: number;
  /** The city's MQTT broker (Mosquitto) for sensors. */
  readonly mqtt: number;
  /** First of a block of ten ports for the city's services (ingest, privacy, ...). */
  readonly services: number;
}

const cityIdPattern = /^[a-z][a-z0-9-]{1,30}$/;

/** Checks a city id: lowercase ASCII, as topics and replication aliases use it. */
export function assertCityId(city: string): void {
  if (!cityIdPattern.test(city)) {
    throw new Error(`Invalid city id "${city}": use lowercase ASCII letters, digits and '-' (e.g. incheon).`);
  }
}

function blockOf(city: string): number {
  const known = (knownCities as readonly string[]).indexOf(city);
  if (known >= 0) return known;
  let hash = 0;
  for (const char of city) hash = (hash * 31 + char.charCodeAt(0)) % 40;
  return knownCities.length + hash;
}

/** Ports of a city: a block of 100 from `portBase` (default 19000), e.g. incheon Kafka 19092, barcelona 19192. */
export function portsOf(city: string, portBase: number): CityPorts {
  assertCityId(city);
  const base = portBase + blockOf(city) * 100;
  return { kafka: base + 92, controller: base + 93, internal: base + 94, registry: base + 81, registryManagement: base + 90, mqtt: base + 83, services: base + 10 };
}
