import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

/** Serves the labels API's OpenAPI document: the UI at `/docs`, the JSON at `/docs-json`. */
export function serveLabelsOpenApi(app: INestApplication, city: string): void {
  const config = new DocumentBuilder()
    .setTitle(`Labels (${city})`)
    .setDescription('Labels with provenance on anonymised safety events: rule labels, human annotation tasks with inter-annotator agreement, model labels of registered solutions.')
    .setVersion('1')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, config), { jsonDocumentUrl: 'docs-json' });
}
