import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { protectEveryPath } from '@usm/security';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { ingestJsonBodyParserOptions } from '@usm/safety-events';
import { startTracing } from '@usm/tracing';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { loadConfig } from './config';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  // Before the app exists, so its first request is already traced; a no-op without an OTLP endpoint.
  startTracing(config.tracing, { city: config.city });
  // Nest's default JSON parser would refuse bodies over 100 kB before ours could apply the configured limit.
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config), { bodyParser: false, bufferLogs: true });
  // First of all middleware, so no path (unknown ones and /docs included) answers without a valid token.
  protectEveryPath(app);
  app.useLogger(app.get(Logger));
  app.useBodyParser('json', ingestJsonBodyParserOptions(config.http.maxBodyBytes));
  const openApi = new DocumentBuilder()
    .setTitle(`Urban Safety Mesh ingest (${config.city})`)
    .setDescription('Safety systems post events; each is validated against the raw event contract and produced once to the raw topic.')
    .setVersion('1')
    .build();
  SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, openApi));
  app.enableShutdownHooks();
  await app.listen(config.http.port, config.http.host);
}

bootstrap().catch((error: unknown) => {
  // The logger may not exist yet (bad config): say why on stderr and fail the process.
  process.stderr.write(`ingest failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
