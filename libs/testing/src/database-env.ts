import type { CityStack } from './stack-description';

/** `DATABASE_URL` and `DATABASE_PASSWORD_FILE` of a service running as its own role (`ingest`, `consent`, ...). */
export function databaseEnvOf(city: CityStack, service: string): Record<string, string> {
  const database = city.database.services[service];
  if (!database) {
    throw new Error(`${city.city} has no database role for "${service}" (known: ${Object.keys(city.database.services).join(', ')}); restart the stack with "npm run stack -- up"`);
  }
  return { DATABASE_URL: database.url, DATABASE_PASSWORD_FILE: database.passwordFile };
}
