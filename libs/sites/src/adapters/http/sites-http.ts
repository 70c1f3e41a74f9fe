import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

/** Body parsers of the sites API: JSON and GeoJSON documents, CSV as text, up to `limitBytes` (an import is ~1.3 MB). */
export function useSitesBodyParsers(app: NestExpressApplication, limitBytes: number): void {
  app.useBodyParser('json', { limit: limitBytes, type: ['application/json', 'application/geo+json'] });
  app.useBodyParser('text', { limit: limitBytes, type: ['text/csv', 'text/plain'] });
}

/** Serves the sites OpenAPI document: the UI at `/docs`, the JSON at `/docs-json`. */
export function serveSitesOpenApi(app: NestExpressApplication, city: string): void {
  const config = new DocumentBuilder()
    .setTitle(`Demonstration sites (${city})`)
    .setDescription('The demonstration-site registry, rolling applications by companies, and site reservations without double booking.')
    .setVersion('1')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, config), { jsonDocumentUrl: 'docs-json' });
}
