import type { IdentifierDetector, TextRange } from './identifier-kind';
import { findMatches } from './find-matches';

// A street name ending in a street suffix (Jungfernstieg, Mönckebergstraße, Hamburger Allee), optionally
// after an adjective (Große, Neuer, Hamburger), then the house number (12, 12a, 12-14, 12/3).
const suffixes = 'straße|strasse|str\\.|weg|allee|platz|damm|gasse|ring|stieg|steig|ufer|chaussee|markt|kamp|twiete|brücke|deich|wall';
const adjective = String.raw`(?:[\p{Lu}][\p{Ll}]+(?:er|e|es)[\s\-])?`;
const standalone = 'Straße|Strasse|Allee|Platz|Weg|Ring|Damm|Chaussee|Wall|Markt|Ufer|Stieg|Gasse';
const street = String.raw`[\p{Lu}][\p{Ll}\-]*(?:${suffixes})|(?:${standalone})\s(?:des|der|am|an der|zum|zur)?\s?[\p{Lu}][\p{L}\-.]*`;
const adjectiveAndStreet = String.raw`[\p{Lu}][\p{Ll}]+(?:er|e|es)\s(?:${standalone})`;
const house = String.raw`\s?\d{1,4}(?:\s?[a-zA-Z])?(?:\s?[-/]\s?\d{1,4}[a-z]?)?(?![\p{L}\d])`;
const address = new RegExp(String.raw`(?<![\p{L}])(?:${adjectiveAndStreet}|${adjective}(?:${street}))${house}`, 'gu');

/** German street addresses with house number (`Jungfernstieg 102`, `Mönckebergstraße 7`). */
export const addressDeDetector: IdentifierDetector = {
  kind: 'address-de',
  detect: (text: string): TextRange[] => findMatches(address, text),
};
