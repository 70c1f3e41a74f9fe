import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { identityClients } from '@usm/local';
import { cityStack, tokenFor } from '@usm/testing';

// Personas and the local stack's company clients.
const personaNames = [...identityClients];

const persona = (value: string): string => {
  if (!personaNames.includes(value)) throw new InvalidArgumentError(`must be one of ${personaNames.join(', ')}`);
  return value;
};

/** `mesh token --city incheon --role city-admin`: prints an access token of that persona's client (client credentials). */
export function addTokenCommand(program: Command, print: (line: string) => void): void {
  program
    .command('token')
    .description("print an access token of a persona of the city's realm, from .mesh/stack.json (client credentials)")
    .requiredOption('--city <id>', 'city whose identity provider issues the token')
    .requiredOption('--role <persona>', `persona (client): ${personaNames.join(', ')}`, persona)
    .action(async (options: { city: string; role: string }) => {
      print(await tokenFor(cityStack(options.city), options.role));
    });
}
