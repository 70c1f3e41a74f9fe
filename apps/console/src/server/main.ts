import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Authenticator } from '@usm/security';
import { AUTHENTICATOR, bearerTokenMiddleware } from '@usm/security';
import { Logger } from 'nestjs-pino';
import { loadConsoleConfig } from './config/load-console-config';
import { ConsoleModule } from './console.module';

async function bootstrap(): Promise<void> {
  const config = loadConsoleConfig();
  const app = await NestFactory.create<NestExpressApplication>(ConsoleModule.register(config), { bufferLogs: true });
  // The web app's files are public (they hold no data); every API path needs a valid token, routed or not.
  app.use('/api', bearerTokenMiddleware(app.get<Authenticator>(AUTHENTICATOR)));
  app.useLogger(app.get(Logger));
  const webDir = config.webDir ?? join(process.cwd(), 'dist', 'apps', 'console', 'web');
  if (existsSync(webDir)) app.useStaticAssets(webDir, { index: 'index.html' });
  app.enableShutdownHooks();
  await app.listen(config.http.port, config.http.host);
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(`console failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
