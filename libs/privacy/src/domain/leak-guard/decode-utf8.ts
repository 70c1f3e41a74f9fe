const decoder = new TextDecoder('utf-8', { fatal: false });

/**
 * Text of arbitrary bytes (Avro bodies, topic dumps; a Buffer is a Uint8Array). Invalid sequences become
 * U+FFFD without swallowing the next character, so strings embedded in binary decode intact.
 */
export function decodeUtf8(bytes: Uint8Array | string): string {
  return typeof bytes === 'string' ? bytes : decoder.decode(bytes);
}
