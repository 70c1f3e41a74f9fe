import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CityStack, StackDescription } from '@usm/testing';

const empty: StackDescription = { version: 1, updatedAt: '', cities: {}, replication: { flows: [] } };

export function readStackFile(file: string): StackDescription {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as StackDescription) : empty;
}

/** Rewrites stack.json atomically so a reader never sees half a file; removes it once nothing runs. */
export function writeStackFile(file: string, stack: StackDescription): void {
  if (Object.keys(stack.cities).length === 0 && stack.replication.flows.length === 0) {
    rmSync(file, { force: true });
    return;
  }
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify({ ...stack, updatedAt: new Date().toISOString() }, null, 2)}\n`);
  renameSync(temporary, file);
}

export function withCity(stack: StackDescription, city: CityStack): StackDescription {
  return { ...stack, cities: { ...stack.cities, [city.city]: city } };
}

export function withoutCity(stack: StackDescription, city: string): StackDescription {
  const { [city]: _removed, ...rest } = stack.cities;
  return { ...stack, cities: rest };
}

/** Records (or, with `url` undefined, forgets) a running service of a city in stack.json. */
export function recordService(file: string, city: string, service: string, url: string | undefined): void {
  const stack = readStackFile(file);
  const entry = stack.cities[city];
  if (!entry) throw new Error(`City ${city} is not running; start it with "npm run stack -- up --cities ${city}"`);
  const { [service]: _previous, ...others } = entry.services;
  const services = url === undefined ? others : { ...others, [service]: url };
  writeStackFile(file, withCity(stack, { ...entry, services }));
}
