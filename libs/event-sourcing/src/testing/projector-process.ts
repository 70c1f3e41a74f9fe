import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import { EventSourcingModule } from '../event-sourcing.module';
import { counterTotalsProjection } from './counter-totals.projection';

/**
 * A projector in a process of its own, for the crash spec: boots EventSourcingModule with the counter
 * projection and says `ready` on stdout. Settings come from the spec through USM_ES_* variables.
 */
async function main(): Promise<void> {
  const setting = (name: string): string => {
    const value = process.env[`USM_ES_${name}`];
    if (!value) throw new Error(`USM_ES_${name} is required`);
    return value;
  };
  const app = await NestFactory.createApplicationContext(
    EventSourcingModule.forRoot({
      database: { url: setting('DATABASE_URL'), schema: setting('SCHEMA'), applicationName: setting('APPLICATION_NAME'), poolSize: 2 },
      kafka: {
        brokers: setting('BROKERS').split(','),
        clientId: setting('APPLICATION_NAME'),
        security: { ca: readFileSync(setting('KAFKA_SSL_CA_FILE'), 'utf8'), sasl: { mechanism: 'scram-sha-512', username: setting('KAFKA_SASL_USERNAME'), password: readFileSync(setting('KAFKA_SASL_PASSWORD_FILE'), 'utf8').trim() } },
      },
      registryUrl: setting('REGISTRY_URL'),
      registryCredentials: { clientId: setting('REGISTRY_CLIENT_ID'), secret: setting('REGISTRY_CLIENT_SECRET') },
      relay: false,
      projections: [counterTotalsProjection(setting('TOPIC'), 'counter-totals', Number(setting('CPU_MICROS_PER_EVENT')))],
      projectionSettings: { groupPrefix: setting('GROUP_PREFIX'), sessionTimeoutMs: 6_000, maxRecordsPerTransaction: 200 },
    }),
    { logger: ['error'] },
  );
  app.enableShutdownHooks();
  process.stdout.write('ready\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
