import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { clientSecretFile, ensureSecretFile, identityClients, stackPaths } from '@usm/local';
import { realmFileOf } from './realm-file';

/**
 * `mesh realm --city incheon --out <dir>`: writes the city's Keycloak realm (roles, personas, clients) for an
 * identity provider the local stack does not run, e.g. compose's. Secrets come from (or are generated into)
 * the state dir, so the file is as secret as they are: keep it out of the repository.
 */
export function addRealmCommand(program: Command, print: (line: string) => void): void {
  program
    .command('realm')
    .description("write a city's Keycloak realm file (for --import-realm) with its client secrets from .mesh/secrets")
    .requiredOption('--city <id>', 'city whose realm to write')
    .requiredOption('--out <dir>', 'directory to write <city>-realm.json into')
    .action((options: { city: string; out: string }) => {
      const { state } = stackPaths();
      const secrets = Object.fromEntries(identityClients.map((client) => [client, ensureSecretFile(clientSecretFile(state, options.city, client))]));
      mkdirSync(options.out, { recursive: true, mode: 0o700 });
      const file = join(options.out, `${options.city}-realm.json`);
      writeFileSync(file, JSON.stringify(realmFileOf(options.city, secrets), null, 2), { mode: 0o600 });
      print(file);
    });
}
