import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { startTracing } from '@usm/tracing';
import { protectEveryPath } from '@usm/security';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { loadConfig } from './config';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  // A no-op without an OTLP endpoint; consumers then continue the traces records carry.
  startTracing(config.tracing, { city: config.city });
  const app = await NestFactory.create(AppModule.register(config), { bufferLogs: true });
  // First of all middleware, so no path (unknown ones and /docs included) answers without a valid token.
  protectEveryPath(app);
  app.useLogger(app.get(Logger));
  // Shutdown hooks stop MirrorMaker 2 with the service: a flow must never outlive the process that governs it.
  app.enableShutdownHooks();
  await app.listen(config.http.port, config.http.host);
}

bootstrap().catch((error: unknown) => {
  // The logger may not exist yet (bad config): say why on stderr and fail the process.
  process.stderr.write(`federation failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
