import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { serveLabelsOpenApi, useLabelsBodyParsers } from '@usm/labels';
import { protectEveryPath } from '@usm/security';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { loadConfig } from './config';
import { startTracing } from '@usm/tracing';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  // Before the app exists, so its first request is already traced; a no-op without an OTLP endpoint.
  startTracing(config.tracing, { city: config.city });
  const app = await NestFactory.create(AppModule.register(config), { bufferLogs: true });
  // First of all middleware, so no path (unknown ones and /docs included) answers without a valid token.
  protectEveryPath(app);
  useLabelsBodyParsers(app);
  app.useLogger(app.get(Logger));
  serveLabelsOpenApi(app, config.city);
  app.enableShutdownHooks();
  await app.listen(config.http.port, config.http.host);
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(`labels service failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
