import { knownCities } from '../../infra/local/src/city-ports';

/** What `npm start` runs: which cities, how many events per second each, one round or until Ctrl-C. */
export interface MeshOptions {
  readonly cities: readonly string[];
  /** Events per second per city, over HTTP and MQTT together. */
  readonly rate: number;
  readonly once: boolean;
}

/** Reads `--cities a,b` (2 to 6 cities of the mesh, default incheon,barcelona) and `--rate`; throws naming the option. */
export function meshOptionsOf(raw: { cities: string; rate: string; once: boolean }): MeshOptions {
  const cities = raw.cities.split(',').map((c) => c.trim()).filter(Boolean);
  const unknown = cities.filter((c) => !(knownCities as readonly string[]).includes(c));
  if (unknown.length > 0) throw new Error(`--cities: ${unknown.join(', ')} is not a city of the mesh (${knownCities.join(', ')})`);
  if (new Set(cities).size !== cities.length) throw new Error('--cities: a city is listed twice');
  if (cities.length < 1 || cities.length > knownCities.length) throw new Error(`--cities: give 1 to ${knownCities.length} cities`);
  const rate = Number(raw.rate);
  if (!Number.isFinite(rate) || rate <= 0 || rate > 500) throw new Error('--rate: give events per second per city, more than 0 and at most 500');
  return { cities, rate, once: raw.once };
}
