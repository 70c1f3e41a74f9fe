import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { protectEveryPath } from '@usm/security';
import { startTracing } from '@usm/tracing';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { loadConfig } from './config';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  // Before the app exists, so its first request is already traced; a no-op without an OTLP endpoint.
  startTracing(config.tracing, { city: config.city });
  const app = await NestFactory.create(AppModule.register(config), { bufferLogs: true });
  // First of all middleware, so no path (unknown ones and /docs included) answers without a valid token.
  protectEveryPath(app);
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  await app.listen(config.http.port, config.http.host);
}

bootstrap().catch((error: unknown) => {
  // The logger may not exist yet (bad config, missing policy secret): say why on stderr and fail the process.
  process.stderr.write(`privacy failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
