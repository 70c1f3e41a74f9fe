import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { protectEveryPath } from '@usm/security';
import { serveValidationOpenApi } from '@usm/validation';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { loadConfig } from './config';
import { startTracing } from '@usm/tracing';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  // Before the app exists, so its first request is already traced; a no-op without an OTLP endpoint.
  startTracing(config.tracing, { city: config.city });
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config), { bufferLogs: true });
  protectEveryPath(app, {});
  // Predictions uploads are JSON Lines; the body stays text, hashed byte for byte as received.
  app.useBodyParser('text', { type: ['application/x-ndjson', 'application/jsonl'], limit: '64mb' });
  app.useLogger(app.get(Logger));
  serveValidationOpenApi(app, config.city);
  app.enableShutdownHooks();
  await app.listen(config.http.port, config.http.host);
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(`validation service failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
