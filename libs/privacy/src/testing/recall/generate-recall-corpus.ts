import type { DescriptionLanguage } from '../../domain/vocabulary/description-language';
import { descriptionLanguages } from '../../domain/vocabulary/description-language';
import type { SeededRandom } from '../seeded-random';
import { seededRandom } from '../seeded-random';
import { obfuscations } from './obfuscations';
import type { RecallItem } from './recall-item';
import type { RecallKind } from './recall-kinds';
import { recallKinds } from './recall-kinds';
import { precisionProbes, recallTemplates } from './recall-templates';

/** Items per kind and language by default: 31 kinds in ~4 languages each gives well over 5,000. */
export const defaultItemsPerLanguage = 48;
/** Share of items whose identifier (or whole sentence) is obfuscated. */
export const obfuscatedShare = 0.4;

/** A 32-bit FNV-1a hash: the seed of one kind, so adding a kind leaves the other kinds' items unchanged. */
export function recallSeedOf(kind: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < kind.length; index++) hash = Math.imul(hash ^ kind.charCodeAt(index), 0x01000193) >>> 0;
  return hash;
}

// A value that carries its cue ("passport no. 365767378") also records its long numbers alone, so a
// scrub that removes the cue and leaves the number counts as a leak.
const longNumbersOf = (value: string): string[] => value.split(/\s+/).filter((token) => (token.match(/\p{Nd}/gu) ?? []).length >= 6);

// Each part of a personal name is a trace on its own: "García López" left after a cue word is a leak.
// A part that the rest of the sentence also holds ("Park" next to "Central Park") is not counted.
const namePartsOf = (kind: string, value: string, context: string): string[] =>
  kind === 'name' ? value.split(/\s+/).filter((part) => part.length >= 2 && !context.toLowerCase().includes(part.toLowerCase())) : [];

function obfuscate(random: SeededRandom, kind: RecallKind, value: string, format: string): { name: string; written: string } {
  if (!random.chance(obfuscatedShare)) return { name: 'none', written: value };
  const fitting = obfuscations.flatMap((o) => {
    const written = o.kinds === undefined || o.kinds.includes(kind.kind) ? o.apply(value, format) : undefined;
    return written === undefined || written === value ? [] : [{ name: o.name, written, specific: o.kinds !== undefined }];
  });
  // Kind-specific re-typings (RRN separators, plates in lower case) are drawn half the time they fit.
  const specific = fitting.filter((candidate) => candidate.specific);
  const chosen = specific.length > 0 && random.chance(0.5) ? random.pick(specific) : random.pick([...fitting, { name: 'nfd', written: value }]);
  return { name: chosen.name, written: chosen.written };
}

function itemsOf(kind: RecallKind, language: DescriptionLanguage, count: number, random: SeededRandom): RecallItem[] {
  const formats = kind.formats.filter((format) => format.languages.includes(language));
  const templates = recallTemplates[language].filter((template) => kind.slots.includes(template.slot));
  if (formats.length === 0 || templates.length === 0) return [];
  return Array.from({ length: count }, (_, index) => {
    const format = formats[index % formats.length] ?? random.pick(formats);
    const value = format.make(random);
    const template = random.pick(templates);
    const probe = random.pick(precisionProbes[language]);
    const { name, written } = obfuscate(random, kind, value, format.format);
    const filled = template.text.replace(`{${template.slot}}`, written).replace('{probe}', probe);
    const context = template.text.replace(`{${template.slot}}`, ' ').replace('{probe}', probe);
    const text = name === 'nfd' ? filled.normalize('NFD') : filled;
    const values = [written, value, ...longNumbersOf(written), ...longNumbersOf(value), ...namePartsOf(kind.kind, written, context)];
    // Device ids live only in structured fields: the pipeline hunts the event's own value in its text.
    const known = kind.kind === 'device-id' ? [{ kind: 'device' as const, value }] : [];
    return { language, kind: kind.kind, format: format.format, obfuscation: name, text, values: [...new Set(values)], known, probes: [probe] };
  });
}

/** The multilingual recall corpus: every kind in every language its formats are written in, deterministic. */
export function generateRecallCorpus(itemsPerLanguage = defaultItemsPerLanguage, kinds: readonly RecallKind[] = recallKinds): RecallItem[] {
  return kinds.flatMap((kind) => {
    const random = seededRandom(recallSeedOf(kind.kind));
    return descriptionLanguages.flatMap((language) => itemsOf(kind, language, itemsPerLanguage, random));
  });
}
