import type { FieldViolation } from '@usm/errors';

type Forbidden = (text: string) => boolean;

// Ids and filters never hold control characters (C0 and DEL); Postgres refuses NUL in text, which would surface as a 500.
const controlCharacter: Forbidden = (text) => [...text].some((char) => char.charCodeAt(0) < 0x20 || char === '\u007f');
// Free text in a body may hold tabs and line breaks; only NUL cannot be stored (Postgres text and jsonb).
const nul: Forbidden = (text) => text.includes('\u0000');

type Input = Readonly<Record<string, unknown>>;

/** Path parameters and query values holding control characters, named `params.<name>` / `query.<name>`; never quotes a value. */
export function controlCharacterViolations(params: Input | undefined, query: Input | undefined): FieldViolation[] {
  return [...violationsIn('params', params ?? {}, controlCharacter), ...violationsIn('query', query ?? {}, controlCharacter)];
}

/** Strings of a parsed JSON body (or a text body: CSV, JSON Lines) holding NUL, named by their path (`body.events[2].description`). */
export function nulCharacterViolations(body: unknown): FieldViolation[] {
  // Raw bytes are the handler's to read; walking a Buffer's entries would only cost time.
  return ArrayBuffer.isView(body) ? [] : violationsIn('body', body, nul);
}

function violationsIn(root: string, value: unknown, forbidden: Forbidden): FieldViolation[] {
  const found: FieldViolation[] = [];
  // Iterative, so a deeply nested body cannot exhaust the stack.
  const pending: [string, unknown][] = [[root, value]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [field, item] = next;
    if (typeof item === 'string') {
      if (forbidden(item)) found.push({ field, rule: 'control-character', message: 'must not contain control characters' });
    } else if (Array.isArray(item)) {
      item.forEach((element, index) => pending.push([`${field}[${index}]`, element]));
    } else if (item !== null && typeof item === 'object') {
      for (const [key, element] of Object.entries(item)) {
        // A key with a control character is named by its parent: the key itself is input and is not quoted.
        if (forbidden(key)) found.push({ field, rule: 'control-character', message: 'must not have keys with control characters' });
        else pending.push([`${field}.${key}`, element]);
      }
    }
  }
  return found.reverse();
}
