import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { OUTBOX_RELAY } from '@usm/event-sourcing';
import type { OutboxRelay } from '@usm/event-sourcing';
import { ObservabilityModule } from '@usm/observability';
import { protectEveryPath, securityOf } from '@usm/security';
import { cityStack, uniqueName } from '@usm/testing';
import { ConsentModule } from '../consent.module';
import { openLedgerIntStack } from './ledger-int-stack';

/**
 * The consent ledger as a process of its own for other contexts' integration tests, which may not import
 * it and talk to it over HTTP as services do: `node -r @swc-node/register libs/consent/src/testing/ledger-service.main.ts <port>`.
 * Unlike apps/consent it runs on a database schema, topics, subjects and groups of its own (dropped on
 * SIGTERM), so parallel runs never share a projection group or a registry subject. SIGUSR1 stops its outbox
 * relay (so its projections stall while the event store moves on) and SIGUSR2 starts it again; each answers
 * on stdout once done (`relay stopped`, `relay started`).
 */
async function serveLedger(port: number): Promise<void> {
  const stack = await openLedgerIntStack();
  // Secured as apps/consent is: tokens of incheon's realm on the local Keycloak, roles per route, audit.
  const security = securityOf({ kind: 'verify', settings: { city: 'incheon', issuer: cityStack('incheon').identity.issuer, audience: 'usm-consent', partnerIssuers: {} } }, { audited: true });
  const app = await NestFactory.create(
    {
      module: class LedgerTestServiceModule {},
      controllers: security.controllers,
      providers: security.providers,
      imports: [
        ObservabilityModule.forRoot({ serviceName: 'consent', city: 'incheon', logLevel: 'warn' }),
        ConsentModule.forRoot({
          database: { url: stack.databaseUrl, schema: stack.schema },
          kafka: { brokers: stack.brokers, security: stack.security, clientId: uniqueName('consent-service-it') },
          registryUrl: stack.registryUrl,
          registryCredentials: stack.registryCredentials,
          topics: stack.topics,
          relay: { relayId: uniqueName('consent-relay-it'), pollIntervalMs: 50 },
          projectionSettings: { groupPrefix: uniqueName('consent-service-it'), sessionTimeoutMs: 6_000 },
          expiryIntervalMs: false,
        }),
      ],
    },
    { logger: ['error', 'warn'] },
  );
  protectEveryPath(app);
  await app.listen(port, '127.0.0.1');
  process.stdout.write(`ledger test service listening on ${port}\n`);
  const relay = app.get<OutboxRelay>(OUTBOX_RELAY);
  process.on('SIGUSR1', () => void relay.stop().then(() => process.stdout.write('relay stopped\n')));
  process.on('SIGUSR2', () => void relay.start().then(() => process.stdout.write('relay started\n')));
  process.once('SIGTERM', () => {
    void app
      .close()
      .then(() => stack.drop())
      .finally(() => process.exit(0));
  });
}

serveLedger(Number(process.argv[2])).catch((error: unknown) => {
  process.stderr.write(`ledger test service failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
