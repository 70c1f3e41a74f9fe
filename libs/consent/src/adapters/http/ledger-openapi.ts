import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

/** Serves the ledger's OpenAPI document: the UI at `/docs`, the JSON at `/docs-json`. */
export function serveLedgerOpenApi(app: INestApplication, city: string): void {
  const config = new DocumentBuilder()
    .setTitle(`Consent and agreements ledger (${city})`)
    .setDescription('Event-sourced consents per data subject and purpose, and data-sharing agreements with partners.')
    .setVersion('1')
    .build();
  SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, config), { jsonDocumentUrl: 'docs-json' });
}
