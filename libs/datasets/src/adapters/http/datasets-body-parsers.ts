import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';

/**
 * A definition (POST /v1/definitions) may filter on up to 10,000 H3 cells, about 190 kB of JSON; Nest's default
 * 100 kB would refuse half of them. 1 MB leaves room for the other lists and whitespace.
 */
export const datasetsJsonLimitBytes = 1024 * 1024;

/** The JSON body parser of the datasets API; call before the app starts (it replaces Nest's default one). */
export function useDatasetsBodyParsers(app: INestApplication): void {
  (app as NestExpressApplication).useBodyParser('json', { limit: datasetsJsonLimitBytes });
}
