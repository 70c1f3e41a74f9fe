import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { protectEveryPath } from '@usm/security';
import { serveSitesOpenApi, useSitesBodyParsers } from '@usm/sites';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { loadConfig } from './config';
import { startTracing } from '@usm/tracing';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  // Before the app exists, so its first request is already traced; a no-op without an OTLP endpoint.
  startTracing(config.tracing, { city: config.city });
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config), { bufferLogs: true, bodyParser: false });
  // First of all middleware, so no path (unknown ones and /docs included) answers without a valid token.
  protectEveryPath(app);
  useSitesBodyParsers(app, config.maxUploadBytes);
  app.useLogger(app.get(Logger));
  serveSitesOpenApi(app, config.city);
  app.enableShutdownHooks();
  await app.listen(config.http.port, config.http.host);
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(`sites service failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
