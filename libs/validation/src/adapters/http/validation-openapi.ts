import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

/** Serves the validation API's OpenAPI document: the UI at `/docs`, the JSON at `/docs-json`. */
export function serveValidationOpenApi(app: INestApplication, city: string): void {
  const config = new DocumentBuilder()
    .setTitle(`Validation of AI solutions (${city})`)
    .setDescription('Solution registry, benchmarks, evaluation in predictions and hosted mode, verifiable results and the cross-city leaderboard. The inference contract a hosted solution serves is docs/validation/inference-api.yaml.')
    .setVersion('1')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, config), { jsonDocumentUrl: 'docs-json' });
}
