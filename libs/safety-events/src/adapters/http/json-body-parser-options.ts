import { isUtf8 } from 'node:buffer';
import type { NestExpressBodyParserOptions } from '@nestjs/platform-express';
import { notUtf8ErrorType } from '@usm/security';

/**
 * RFC 8259 says JSON exchanged between systems is UTF-8. body-parser would decode UTF-16 or UTF-32 as
 * announced and put U+FFFD in place of invalid bytes, so an event would be stored other than it was sent.
 */
function refuseUnlessUtf8(_request: unknown, _response: unknown, body: Buffer, encoding: string): void {
  if (encoding.toLowerCase() !== 'utf-8' || !isUtf8(body)) {
    throw Object.assign(new Error('JSON body is not UTF-8'), { status: 415, type: notUtf8ErrorType });
  }
}

/** Options of the app's JSON body parser (`app.useBodyParser('json', …)`): the byte limit, and UTF-8 only. */
export function ingestJsonBodyParserOptions(maxBodyBytes: number): NestExpressBodyParserOptions {
  return { limit: maxBodyBytes, verify: refuseUnlessUtf8 };
}
