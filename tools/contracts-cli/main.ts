import { Command, InvalidArgumentError } from 'commander';
import { kafkaClientOf, kafkaEnvSchema, kafkaSecurityCheck, readEnvironment } from '@usm/config';
import { writeFileSync } from 'node:fs';
import { readSchemaDirectory, workspaceAsyncApi } from '@usm/contracts';
import { stringify } from 'yaml';
import type { EndpointOptions } from './src';
import { applyTopics, checkSchemas, checksPassed, registerSchemas, RegistryHttp, resolveEndpoints } from './src';

interface ConnectionOptions extends EndpointOptions {
  readonly prefix?: string;
  readonly schemas?: string;
  readonly replicationFactor?: number;
}

const log = (line: string): void => console.log(line);
const positive = (value: string): number => {
  const n = Number.parseInt(value, 10);
  if (!(n > 0)) throw new InvalidArgumentError('must be a positive integer');
  return n;
};

function withConnection(command: Command): Command {
  return command
    .option('--city <id>', 'take Kafka (as admin, with the city ACLs) and registry endpoints from .mesh/stack.json')
    .option('--bootstrap <host:port>', 'Kafka bootstrap servers (comma-separated)')
    .option('--registry <url>', 'Confluent-compatible registry base URL, e.g. http://127.0.0.1:19081/apis/ccompat/v7')
    .option('--prefix <p>', 'prefix for topic names and subjects (`<p>.<topic>`), for isolated test runs');
}

/** With --bootstrap (no --city), Kafka credentials come from the KAFKA_* variables, as a service's do. */
const securityFromEnv = () => kafkaClientOf(readEnvironment(kafkaEnvSchema, { KAFKA_BROKERS: '127.0.0.1:1', ...process.env }, 'CONTRACTS_CLI.INVALID_CONFIG', [kafkaSecurityCheck]), 'CONTRACTS_CLI.INVALID_CONFIG').security;
const schemasOf = (options: ConnectionOptions) => (options.schemas ? readSchemaDirectory(options.schemas) : undefined);
const program = new Command('contracts').description('Applies the topic catalog and the Avro contracts to a city node.');

withConnection(program.command('topics:apply'))
  .description('create or update every catalog topic and its DLQ (idempotent)')
  .option('--replication-factor <n>', 'replication factor for new topics (default: min(3, brokers))', positive)
  .action(async (options: ConnectionOptions) => {
    await applyTopics(resolveEndpoints(options, securityFromEnv), options, log);
  });

withConnection(program.command('schemas:register'))
  .description('register every value schema under <topic>-value and set BACKWARD_TRANSITIVE (idempotent)')
  .option('--schemas <dir>', 'schemas directory to use instead of the workspace schemas/')
  .action(async (options: ConnectionOptions) => {
    const endpoints = resolveEndpoints(options);
    await registerSchemas(new RegistryHttp(endpoints.registryUrl, endpoints.registryCredentials), { prefix: options.prefix, schemas: schemasOf(options) }, log);
  });

withConnection(program.command('schemas:check'))
  .description('check every repository schema against all registered versions; exit 1 naming the field when incompatible')
  .option('--schemas <dir>', 'schemas directory to use instead of the workspace schemas/')
  .action(async (options: ConnectionOptions) => {
    const endpoints = resolveEndpoints(options);
    const checks = await checkSchemas(new RegistryHttp(endpoints.registryUrl, endpoints.registryCredentials), { prefix: options.prefix, schemas: schemasOf(options) }, log);
    if (!checksPassed(checks)) process.exitCode = 1;
  });

program.command('asyncapi')
  .description('write the AsyncAPI 3.0 document of the catalog and the Avro contracts (YAML, or JSON for a .json path)')
  .option('--out <file>', 'where to write it', 'docs/asyncapi.yaml')
  .action((options: { readonly out: string }) => {
    const document = workspaceAsyncApi();
    // aliasDuplicateObjects off: YAML anchors would make the document harder to read for downstream teams.
    const text = options.out.endsWith('.json') ? `${JSON.stringify(document, null, 2)}\n` : stringify(document, { aliasDuplicateObjects: false, lineWidth: 0 });
    writeFileSync(options.out, text);
    log(`wrote ${options.out}`);
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  const code = error instanceof Error && 'code' in error ? `${String(error.code)}: ` : '';
  console.error(`${code}${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
