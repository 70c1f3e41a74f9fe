import { seededRandom } from '../seeded-random';
import type { CorpusFormat, CorpusIdentifier, CorpusKind } from './corpus-identifier';
import { geoFormats } from './geo-formats';
import { ipFormats, macFormats, urlFormats } from './network-formats';
import { cardFormats, deviceIdFormats, emailFormats, nameFormats, rrnFormats } from './personal-formats';
import { phoneFormats } from './phone-formats';
import { plateFormats } from './plate-formats';

/** The formats of every corpus kind. */
export const corpusFormats: Readonly<Record<CorpusKind, readonly CorpusFormat[]>> = {
  rrn: rrnFormats,
  phone: phoneFormats,
  email: emailFormats,
  plate: plateFormats,
  ip: ipFormats,
  mac: macFormats,
  card: cardFormats,
  url: urlFormats,
  geo: geoFormats,
  name: nameFormats,
  'device-id': deviceIdFormats,
};

/**
 * `count` synthetic identifiers of every kind, the same for the same seed. Formats are taken in turn,
 * so a count at least the number of formats of a kind (21 for phones) covers every format.
 */
export function generateIdentifierCorpus(seed: number, count: number): CorpusIdentifier[] {
  const random = seededRandom(seed);
  return (Object.keys(corpusFormats) as CorpusKind[]).flatMap((kind) => {
    const formats = corpusFormats[kind];
    return Array.from({ length: count }, (_, index) => {
      const format = formats[index % formats.length] as CorpusFormat;
      return { kind, format: format.format, region: format.region, value: format.make(random) };
    });
  });
}
