import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { startTracing } from '@usm/tracing';
import { serveDatasetsOpenApi, signedDownloadPrefix, useDatasetsBodyParsers } from '@usm/datasets';
import { protectEveryPath } from '@usm/security';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { loadConfig } from './config';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  // A no-op without an OTLP endpoint; consumers then continue the traces records carry.
  startTracing(config.tracing, { city: config.city });
  const app = await NestFactory.create(AppModule.register(config), { bufferLogs: true });
  // First of all middleware; only signed download URLs (HMAC-checked by their route) go without a token.
  protectEveryPath(app, { selfAuthenticatedPrefixes: [signedDownloadPrefix] });
  useDatasetsBodyParsers(app);
  app.useLogger(app.get(Logger));
  serveDatasetsOpenApi(app, config.city);
  app.enableShutdownHooks();
  await app.listen(config.http.port, config.http.host);
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(`datasets service failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
