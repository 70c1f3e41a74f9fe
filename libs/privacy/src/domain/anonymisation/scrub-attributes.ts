import type { KnownIdentifier } from '../scrubbing/known-identifier';
import { scrubText } from '../scrubbing/scrub-text';

/**
 * Attributes with keys and values scrubbed, in key order so the output does not depend on map order.
 * Keys are scrubbed too (a source may key by caller or plate); keys that scrub alike get `#2`, `#3`…
 */
export function scrubAttributes(
  attributes: Readonly<Record<string, string>>,
  known: readonly KnownIdentifier[],
): Record<string, string> {
  const scrubbed: Record<string, string> = {};
  for (const key of Object.keys(attributes).sort()) {
    const base = scrubText(key, known);
    let name = base;
    for (let copy = 2; Object.hasOwn(scrubbed, name); copy++) name = `${base} #${copy}`;
    scrubbed[name] = scrubText(attributes[key] ?? '', known);
  }
  return scrubbed;
}
