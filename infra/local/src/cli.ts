import { Command, InvalidArgumentError } from 'commander';
import { brokerAnswers } from './kafka-broker';
import { answersOk } from './http-probe';
import { down, up } from './local-stack';
import { parseFlow, startMirrorMaker, stopMirrorMaker } from './mirror-maker';
import { readStackFile, writeStackFile } from './stack-file';
import { stackOptions } from './stack-options';

const log = (message: string): void => console.log(`[stack] ${message}`);
const cityList = (value: string): string[] => {
  const cities = value.split(',').map((c) => c.trim()).filter(Boolean);
  if (cities.length === 0) throw new InvalidArgumentError('give at least one city, e.g. incheon,barcelona');
  return cities;
};
const port = (value: string): number => Number.parseInt(value, 10);

const program = new Command('stack').description('Local Urban Safety Mesh infrastructure: Kafka (KRaft), Apicurio Registry and PostgreSQL per city, one Keycloak (a realm per city), no Docker.');

program
  .command('up')
  .description('fetch, start and health-check the cities (idempotent); writes .mesh/stack.json')
  .option('--cities <list>', 'comma-separated city ids', cityList, ['incheon'])
  .option('--port-base <port>', 'first port of the port plan (env MESH_PORT_BASE, default 19000)', port)
  .option('--fresh', 'purge the cities\' data and databases first', false)
  .action(async (opts: { cities: string[]; portBase?: number; fresh: boolean }) => {
    await up(opts.cities, stackOptions(process.env, { portBase: opts.portBase }), log, opts.fresh);
  });

program
  .command('down')
  .description('stop the cities (all by default) by their own pids')
  .option('--cities <list>', 'comma-separated city ids', cityList)
  .option('--port-base <port>', 'port base the cities were started with', port)
  .option('--purge', 'also delete Kafka data and drop the cities\' databases', false)
  .action(async (opts: { cities?: string[]; portBase?: number; purge: boolean }) => {
    await down(opts.cities ?? [], stackOptions(process.env, { portBase: opts.portBase }), log, opts.purge);
  });

program
  .command('mirror')
  .description('run MirrorMaker 2 (dedicated mode) between running cities for the given flows, replacing any earlier run')
  .requiredOption('--flow <flow...>', 'source>target:topic[,topic...], e.g. incheon>barcelona:safety.events.anonymised.v1')
  .action(async (opts: { flow: string[] }) => {
    const options = stackOptions();
    const stack = await startMirrorMaker(readStackFile(options.paths.stackFile), opts.flow.map(parseFlow), options);
    writeStackFile(options.paths.stackFile, stack);
    log(`mirror-maker: pid ${stack.replication.pid ?? '?'}, flows ${opts.flow.join(' ')}; log ${stack.replication.logFile ?? ''}`);
  });

program
  .command('unmirror')
  .description('stop the stack\'s MirrorMaker 2')
  .action(async () => {
    const options = stackOptions();
    writeStackFile(options.paths.stackFile, await stopMirrorMaker(readStackFile(options.paths.stackFile), options));
    log('mirror-maker: stopped');
  });

program
  .command('status')
  .description('print stack.json with a live health check of each component')
  .action(async () => {
    const stack = readStackFile(stackOptions().paths.stackFile);
    for (const city of Object.values(stack.cities)) {
      const kafka = await brokerAnswers(city.kafka.bootstrapServers[0] ?? '', city.kafka.security);
      const registry = await answersOk(city.registry.healthUrl);
      const identity = await answersOk(`${city.identity.issuer}/.well-known/openid-configuration`);
      const health = { kafka: kafka ? 'up' : 'down', registry: registry ? 'up' : 'down', keycloak: identity ? 'up' : 'down' };
      console.log(JSON.stringify({ ...city, health }, null, 2));
    }
    if (Object.keys(stack.cities).length === 0) console.log('no city is running');
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(`[stack] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
