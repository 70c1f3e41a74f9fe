/**
 * Why a request body could not be read, as the body parser (body-parser / raw-body) reported it: the one
 * place its errors become statuses, so every context answers an oversized or undecodable body alike.
 */
export interface BodyReadRefusal {
  readonly status: 400 | 413 | 415;
  /** Kebab-case rule the body broke, for a violation `{ field: 'body', rule }`. */
  readonly rule: 'size' | 'json' | 'content-encoding' | 'charset' | 'incomplete' | 'readable';
  /** Safe to send: never quotes the body. */
  readonly message: string;
  readonly limitBytes?: number;
}

/** The body-parser error type of a JSON body that is not UTF-8 (ingest's verify hook throws it). */
export const notUtf8ErrorType = 'charset.notUtf8';

/** What body-parser and raw-body attach to their errors (http-errors), and zlib to its own. */
interface BodyParserErrorShape {
  readonly status?: unknown;
  readonly type?: unknown;
  readonly code?: unknown;
  readonly limit?: unknown;
}

const tooLarge = new Set(['entity.too.large', 'parameters.too.many']);
const badCharset = new Set(['charset.unsupported', notUtf8ErrorType]);
const incomplete = new Set(['request.aborted', 'request.size.invalid']);

/** The refusal a body-parser error stands for, or undefined when the error did not come from reading the body. */
export function bodyReadRefusalOf(error: unknown): BodyReadRefusal | undefined {
  if (!(error instanceof Error)) return undefined;
  const { status, type, code, limit } = error as BodyParserErrorShape;
  if (typeof status !== 'number' || status < 400 || status >= 500) return undefined;
  if (typeof type === 'string') return refusalOfType(type, status, typeof limit === 'number' ? limit : undefined);
  // body-parser passes a failed decompression on as a 400 carrying zlib's (or brotli's) error code.
  if (status === 400 && typeof code === 'string' && /^(Z_|ERR_)/.test(code)) {
    return { status: 400, rule: 'content-encoding', message: 'Request body could not be decompressed as its Content-Encoding announces' };
  }
  return undefined;
}

function refusalOfType(type: string, status: number, limitBytes: number | undefined): BodyReadRefusal {
  if (tooLarge.has(type)) {
    const limit = limitBytes === undefined ? 'the size limit' : `the size limit of ${limitBytes} bytes`;
    return { status: 413, rule: 'size', message: `Request body exceeds ${limit}`, ...(limitBytes === undefined ? {} : { limitBytes }) };
  }
  if (type === 'encoding.unsupported') return { status: 415, rule: 'content-encoding', message: 'Request body has an unsupported Content-Encoding' };
  if (badCharset.has(type)) return { status: 415, rule: 'charset', message: 'Request body must be encoded as UTF-8' };
  if (type === 'entity.parse.failed') return { status: 400, rule: 'json', message: 'Request body is not valid JSON' };
  if (incomplete.has(type)) return { status: 400, rule: 'incomplete', message: 'Request body ended before its announced length' };
  return { status: status === 413 || status === 415 ? status : 400, rule: 'readable', message: 'Request body could not be read' };
}
