import type { KnownIdentifier } from '../scrubbing/known-identifier';
import type { ScrubKind } from '../scrubbing/placeholder';
import { scrubSpans } from '../scrubbing/scrub-text';
import type { ExemptionContext } from './exempt-formats';
import { exemptionsOf } from './exempt-formats';
import type { StringSite } from './walk-strings';
import { walkUnexemptStrings } from './walk-unexempt-strings';

/** What the guard reports: a detector kind, or `oversize` for text too long to be searched in full. */
export type EgressKind = ScrubKind | 'oversize';

/** What the guard found in a record about to leave the city: the kinds and the top-level fields, never the values. */
export type EgressVerdict =
  | { readonly clean: true }
  | { readonly clean: false; readonly kinds: readonly EgressKind[]; readonly fields: readonly string[] };

/** Most characters of text one record may carry to be searched at all; a longer record fails closed. */
export const maxGuardedTextLength = 65_536;

// Fields are searched as one text, so the known values are compiled once per record. A line of its own
// between fields keeps digit runs and words of neighbouring fields apart.
const fieldSeparator = '\n;\n';

interface Placed extends StringSite {
  readonly start: number;
  readonly end: number;
}

/**
 * The last look before a record is written to a shareable topic: every string of it (nested fields,
 * array items, map keys and values) is searched with the detectors and for the raw event's own known
 * identifiers, in full (no scan bound: text past a bound would pass unread). Only machine-made values
 * in their exact format at their own path are skipped. `known` may be a function, called only when some
 * string is left to search. A hit means the anonymiser missed something,
 * and the record must not be published.
 */
export function guardEgress(record: unknown, known: KnownValues, context: ExemptionContext): EgressVerdict {
  return guardWith(exemptionsOf(context), record, known);
}

/** The raw event's own known identifiers, or a function giving them (called only when some string is left to search). */
export type KnownValues = readonly KnownIdentifier[] | (() => readonly KnownIdentifier[]);

/** guardEgress with its exemptions compiled once, for a pipeline that guards every record under one context. */
export type EgressGuard = (record: unknown, known: KnownValues) => EgressVerdict;

/** The egress guard of one key id, city and set of attribute declarations. */
export function createEgressGuard(context: ExemptionContext): EgressGuard {
  const exemptions = exemptionsOf(context);
  return (record, known) => guardWith(exemptions, record, known);
}

function guardWith(exemptions: ReadonlyMap<string, (text: string) => boolean>, record: unknown, known: KnownValues): EgressVerdict {
  // Exempt strings are left out as the record is walked, so a record of closed values costs no site (and no path) at all.
  const sites = walkUnexemptStrings(record, exemptions);
  if (sites.length === 0) return { clean: true };
  const { text, placed } = joined(sites);
  if (text.length > maxGuardedTextLength) return { clean: false, kinds: ['oversize'], fields: [...new Set(sites.map((s) => s.field))].sort() };
  const kinds = new Set<EgressKind>();
  const fields = new Set<string>();
  for (const span of scrubSpans(text, typeof known === 'function' ? known() : known, { maxScanLength: Math.max(text.length, 1) })) {
    const touched = placed.filter((site) => site.start < span.end && span.start < site.end);
    if (touched.length === 0) continue;
    kinds.add(span.kind);
    for (const site of touched) fields.add(site.field);
  }
  return kinds.size === 0 ? { clean: true } : { clean: false, kinds: [...kinds].sort(), fields: [...fields].sort() };
}

function joined(sites: readonly StringSite[]): { text: string; placed: Placed[] } {
  const [only] = sites;
  if (sites.length === 1 && only !== undefined) return { text: only.text, placed: [{ ...only, start: 0, end: only.text.length }] };
  const placed: Placed[] = [];
  let offset = 0;
  for (const site of sites) {
    placed.push({ ...site, start: offset, end: offset + site.text.length });
    offset += site.text.length + fieldSeparator.length;
  }
  return { text: sites.map((site) => site.text).join(fieldSeparator), placed };
}
