import type { INestApplication } from '@nestjs/common';
import { METRICS_REGISTRY } from '@usm/observability';
import type { Registry } from 'prom-client';
import type { NamedContext } from './configure-contexts';

/** A context that listens, with its app and metrics. */
export interface RunningContext {
  readonly name: string;
  readonly url: string;
  readonly app: INestApplication;
  readonly metrics: Registry;
}

/** Every context of one city, each a Nest application of its own, in one process. */
export interface RunningCityNode {
  readonly contexts: readonly RunningContext[];
  /** Closes the contexts in reverse start order (federation stops MirrorMaker 2 with its app). */
  close(): Promise<void>;
}

/** Boots the contexts together (their waits on Kafka and PostgreSQL overlap); if one fails, closes the others and rethrows. */
export async function startCityNode(contexts: readonly NamedContext[], progress: (line: string) => void): Promise<RunningCityNode> {
  const outcomes = await Promise.allSettled(
    contexts.map(async (context) => {
      const app = await context.start();
      progress(`${context.name} listens at ${context.url}`);
      return { name: context.name, url: context.url, app, metrics: app.get<Registry>(METRICS_REGISTRY) };
    }),
  );
  const running = outcomes.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []));
  const failed = outcomes.flatMap((outcome, index) => (outcome.status === 'rejected' ? [`${contexts[index]?.name}: ${reasonOf(outcome.reason)}`] : []));
  const node: RunningCityNode = { contexts: running, close: () => closeAll(running) };
  if (failed.length > 0) {
    await node.close();
    throw new Error(`city node did not start: ${failed.join('; ')}`);
  }
  return node;
}

async function closeAll(contexts: readonly RunningContext[]): Promise<void> {
  for (const context of [...contexts].reverse()) await context.app.close();
}

const reasonOf = (reason: unknown): string => (reason instanceof Error ? reason.message : String(reason));
