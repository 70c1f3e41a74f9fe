import 'reflect-metadata';
import { nodeConfigDocument, parseNodeConfig } from './config/load-node-config';
import { nodeConfigSchema } from './config/node-config.schema';
import { nodeTracingOf } from './config/node-tracing';
import { startTracing } from '@usm/tracing';
import { cityNodeContextNames, cityNodeContexts } from './contexts/city-node-contexts';
import { startCityNode } from './node/city-node';
import { configureContexts } from './node/configure-contexts';
import { startStatusServer } from './node/status-server';

const say = (line: string): void => void process.stdout.write(`${JSON.stringify({ level: 'info', service: 'city-node', msg: line })}\n`);

/** A city node: every context of one city in one process, each on its own port; the node's status on its own. */
async function bootstrap(): Promise<void> {
  const config = parseNodeConfig(nodeConfigSchema(cityNodeContextNames), nodeConfigDocument(process.argv, process.env));
  // One tracer provider for every context of the process; a no-op without OTEL_EXPORTER_OTLP_ENDPOINT.
  startTracing(nodeTracingOf(process.env), { city: config.city });
  const node = await startCityNode(configureContexts(config, cityNodeContexts, process.env), say);
  const status = await startStatusServer(node.contexts, config.host, config.statusPort);
  say(`city node ${config.city} ready: ${node.contexts.map((c) => c.name).join(', ')}; status at http://${config.host}:${config.statusPort}`);
  let stopping = false;
  // Ctrl-C reaches the node from its terminal and again from whoever started it: close once, ignore the echoes.
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: stopping`);
    status.close();
    node.close().then(() => process.exit(0), (error: unknown) => (process.stderr.write(`city node did not stop cleanly: ${String(error)}\n`), process.exit(1)));
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

bootstrap().catch((error: unknown) => {
  // Before any logger exists (bad config names every field and rule), stderr says why.
  process.stderr.write(`city node failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
