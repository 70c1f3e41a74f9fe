import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

/** Where signed download URLs live: the one path prefix that goes without a bearer token. */
export const signedDownloadPrefix = '/v1/signed/';

/** Serves the datasets API's OpenAPI document: the UI at `/docs`, the JSON at `/docs-json`. */
export function serveDatasetsOpenApi(app: INestApplication, city: string): void {
  const config = new DocumentBuilder()
    .setTitle(`Dataset releases (${city})`)
    .setDescription('Dataset definitions, k-anonymous releases with Croissant and DCAT-AP metadata, row lineage, and authorised downloads.')
    .setVersion('1')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, config), { jsonDocumentUrl: 'docs-json' });
}
