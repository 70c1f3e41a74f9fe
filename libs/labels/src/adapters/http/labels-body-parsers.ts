import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';

/**
 * POST /v1/model-labels takes up to 10,000 labels (about 200 bytes each with a 100-character term), so about
 * 2 MB; Nest's default 100 kB would refuse 600 of them. Twice that leaves room for escapes and whitespace.
 */
export const labelsJsonLimitBytes = 4 * 1024 * 1024;

/** The JSON body parser of the labels API; call before the app starts (it replaces Nest's default one). */
export function useLabelsBodyParsers(app: INestApplication): void {
  (app as NestExpressApplication).useBodyParser('json', { limit: labelsJsonLimitBytes });
}
