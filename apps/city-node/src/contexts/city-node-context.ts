import 'reflect-metadata';
import type { DynamicModule, INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestApplicationOptions } from '@nestjs/common';
import { Logger } from 'nestjs-pino';

type Environment = Readonly<Record<string, string | undefined>>;
type HttpConfig = { readonly http: { readonly host: string; readonly port: number } };

/** One bounded context as the node runs it: a Nest application of its own, on its own port. */
export interface CityNodeContext {
  readonly name: string;
  /** Prefix of the standalone app's own variables, e.g. `INGEST_` for INGEST_HOST and INGEST_PORT. */
  readonly variablePrefix: string;
  /** Variables naming another context's base URL (e.g. VALIDATION_DATASETS_URL → datasets), filled in when both run here. */
  readonly links: Readonly<Record<string, string>>;
  /** Validates the context's environment with its own app's schema (throws its ValidationError); boots nothing yet. */
  configure(env: Environment): ConfiguredContext;
}

/** A context whose configuration is valid, ready to boot. */
export interface ConfiguredContext {
  readonly url: string;
  /** Boots the context's Nest application; resolves once it listens. */
  start(): Promise<INestApplication>;
}

/** How a standalone app boots: its config loader, its module, and what its `main.ts` does before listening. */
export interface ContextBoot<C extends HttpConfig> {
  readonly name: string;
  readonly variablePrefix: string;
  readonly links?: Readonly<Record<string, string>>;
  loadConfig(env: Environment): C;
  module(config: C): DynamicModule;
  readonly createOptions?: NestApplicationOptions;
  /** Middleware and documents, in the order the standalone `main.ts` applies them (token check first). */
  prepare(app: INestApplication, config: C): void;
}

/** A context entry from the same pieces its standalone app is made of. */
export function cityNodeContext<C extends HttpConfig>(boot: ContextBoot<C>): CityNodeContext {
  return {
    name: boot.name,
    variablePrefix: boot.variablePrefix,
    links: boot.links ?? {},
    configure(env) {
      const config = boot.loadConfig(env);
      return { url: `http://${config.http.host}:${config.http.port}`, start: () => startApp(boot, config) };
    },
  };
}

async function startApp<C extends HttpConfig>(boot: ContextBoot<C>, config: C): Promise<INestApplication> {
  const app = await NestFactory.create(boot.module(config), { bufferLogs: true, ...boot.createOptions });
  try {
    boot.prepare(app, config);
    app.useLogger(app.get(Logger));
    await app.listen(config.http.port, config.http.host);
    return app;
  } catch (error) {
    await app.close();
    throw error;
  }
}
