import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { AggregatorRegistry } from 'prom-client';
import type { RunningContext } from './city-node';

/** The node's own port: liveness of the process, readiness over every context, one `/metrics` over every context. */
export function startStatusServer(contexts: readonly RunningContext[], host: string, port: number, probeTimeoutMs = 10_000): Promise<Server> {
  const server = createServer((request, response) => {
    const answer = (status: number, body: string, type = 'application/json') => response.writeHead(status, { 'content-type': type }).end(body);
    if (request.method !== 'GET') return answer(405, '{"error":"method not allowed"}');
    switch (request.url ?? '') {
      case '/health/live':
        return answer(200, JSON.stringify({ status: 'ok', contexts: contexts.map((c) => c.name) }));
      case '/health':
      case '/health/ready':
        return void readiness(contexts, probeTimeoutMs).then((ready) => answer(ready.status === 'ok' ? 200 : 503, JSON.stringify(ready)));
      case '/metrics':
        return void nodeMetrics(contexts).then(({ text, contentType }) => answer(200, text, contentType), () => answer(500, '{"error":"metrics unavailable"}'));
      default:
        return answer(404, '{"error":"not found"}');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

/** Each context's own `/health/ready`, asked over HTTP as an orchestrator would ask it. */
async function readiness(contexts: readonly RunningContext[], timeoutMs: number): Promise<{ status: 'ok' | 'error'; contexts: Record<string, string> }> {
  const states = await Promise.all(
    contexts.map(async (c) => [c.name, await fetch(`${c.url}/health/ready`, { signal: AbortSignal.timeout(timeoutMs) }).then((r) => (r.ok ? 'up' : 'down'), () => 'down')] as const),
  );
  return { status: states.every(([, state]) => state === 'up') ? 'ok' : 'error', contexts: Object.fromEntries(states) };
}

/** Every context's registry in one exposition; series stay apart by their `service` label. */
async function nodeMetrics(contexts: readonly RunningContext[]): Promise<{ text: string; contentType: string }> {
  const merged = AggregatorRegistry.aggregate(await Promise.all(contexts.map((c) => c.metrics.getMetricsAsJSON())));
  return { text: await merged.metrics(), contentType: merged.contentType };
}
